-- The pair a refresh token was traded for, sealed under a key derived from that token (which
-- only its holder has), so a repeat within the reuse interval gets the same pair back.
alter table users.refresh_tokens add column successor bytea;
