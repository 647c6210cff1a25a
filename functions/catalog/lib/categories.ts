import type { Sql, TransactionSql } from '#shared/db'
import type { Category, CategoryNode } from './schemas.ts'

interface CategoryRow {
  id: string
  name: string
  slug: string
  parentId: string | null
  createdAt: Date
}

export interface NewCategory {
  name: string
  slug: string
  parentId: string | null
}

export type CategoryInsert = { inserted: Category } | { refused: 'slug-taken' | 'unknown-parent' }

/**
 * Inserts a category under its parent. The parent's row is locked, so it cannot be moved under
 * the new one meanwhile; a new category has no children, so the only cycle it could close is
 * being its own parent, which the table's check also refuses.
 */
export async function insertCategory(
  tx: TransactionSql,
  category: NewCategory,
): Promise<CategoryInsert> {
  if (category.parentId !== null) {
    const [parent] = await tx`
      select id from catalog.categories where id = ${category.parentId} for share`
    if (!parent) return { refused: 'unknown-parent' }
  }
  const [row] = await tx<CategoryRow[]>`
    insert into catalog.categories (name, slug, parent_id)
    values (${category.name}, ${category.slug}, ${category.parentId})
    on conflict (slug) do nothing
    returning id, name, slug, parent_id, created_at`
  if (!row) return { refused: 'slug-taken' }
  return { inserted: { ...row, createdAt: row.createdAt.toISOString() } }
}

export async function categoryExists(sql: Sql | TransactionSql, id: string): Promise<boolean> {
  const [row] = await sql`select 1 from catalog.categories where id = ${id}`
  return row !== undefined
}

export async function categoryIdBySlug(sql: Sql, slug: string): Promise<string | undefined> {
  const [row] = await sql<{ id: string }[]>`select id from catalog.categories where slug = ${slug}`
  return row?.id
}

/** Every category as a forest: roots first, each level by name. */
export async function categoryTree(sql: Sql): Promise<CategoryNode[]> {
  const rows = await sql<Omit<CategoryRow, 'createdAt'>[]>`
    select id, name, slug, parent_id from catalog.categories order by name, id`
  const placed = rows.map((row) => {
    const node: CategoryNode = { id: row.id, name: row.name, slug: row.slug, children: [] }
    return { parentId: row.parentId, node }
  })
  const byId = new Map(placed.map(({ node }) => [node.id, node]))
  const roots: CategoryNode[] = []
  for (const { parentId, node } of placed) {
    const parent = parentId === null ? undefined : byId.get(parentId)
    if (parent) parent.children.push(node)
    else roots.push(node)
  }
  return roots
}
