Feature: The catalog and its stock
  Staff put products in categories and keep count of the stock; anyone browses and searches
  the catalog, and sees what is in stock. Availability follows the stock through events, so it
  shows a moment after the stock changes.

  Background:
    Given an operator has made Zara an admin with the admin runner, email "zara@imtiaz.example" and password "admin passphrase 1"
    And Zara has logged in
    And Zara has added these categories:
      | name    | slug    | parent  |
      | Grocery | grocery |         |
      | Rice    | rice    | grocery |
      | Tea     | tea     | grocery |
      | Books   | books   |         |

  Scenario: A visitor browses and searches the catalog
    Given Zara has added these products:
      | sku    | name                 | description                          | price  | category |
      | RICE-1 | Basmati rice 5 kg    | Aged long grains from Punjab.        | 189900 | rice     |
      | RICE-2 | Sella rice 5 kg      | Golden parboiled grains.             | 149900 | rice     |
      | TEA-1  | Kashmiri chai leaves | Pink tea; lovely with basmati kheer. | 95000  | tea      |
      | BOOK-1 | Urdu cookbook        | Recipes for rice, dal and tea.       | 250000 | books    |
    When a visitor looks at the category tree
    Then the tree shows "rice" and "tea" under "grocery", and "books" on its own
    When a visitor searches the catalog for "basm"
    Then the visitor finds, in this order: "Basmati rice 5 kg", "Kashmiri chai leaves"
    When a visitor browses the category "grocery" sorted by "price"
    Then the visitor finds, in this order: "Kashmiri chai leaves", "Sella rice 5 kg", "Basmati rice 5 kg"
    When a visitor browses every product sorted by "name", 3 at a time
    Then the visitor sees 2 pages holding "Basmati rice 5 kg", "Kashmiri chai leaves", "Sella rice 5 kg", "Urdu cookbook"
    When a visitor looks at the product "Urdu cookbook"
    Then the answer is 200
    And the product is out of stock
    When the visitor asks for the product "Urdu cookbook" again, saying which copy she has
    Then the answer is 304

  Scenario: An admin adds a product and stocks it
    Given Amna has registered with email "amna@example.com" and password "correct horse battery"
    And Amna has logged in
    When Zara adds the product "TEA-2" named "Green tea" at 65000 PKR in "tea"
    Then the answer is 201
    When Amna adds the product "TEA-3" named "Her own tea" at 100 PKR in "tea"
    Then the answer is a 403 problem of type "forbidden"
    When Zara sets the stock of "Green tea" to 12, low below 3
    Then the answer is 200
    And Zara sees 12 on hand, 0 reserved, 12 available of "Green tea"
    And a visitor soon sees "Green tea" in stock, 12 available

  Scenario: A product sold out shows as out of stock
    Given Zara has added these products:
      | sku   | name      | description        | price | category |
      | TEA-2 | Green tea | Light and grassy.  | 65000 | tea      |
    And Zara has set the stock of "Green tea" to 2, low below 1
    And a visitor soon sees "Green tea" in stock, 2 available
    When Zara takes 2 of "Green tea" off the shelf because "sold at the counter"
    Then the answer is 201
    And a visitor soon sees "Green tea" out of stock
    When Zara takes 1 of "Green tea" off the shelf because "one too many"
    Then the answer is a 409 problem of type "insufficient-stock"
    And a visitor looking for what is in stock does not find "Green tea"
    And Zara finds in the audit trail of "Green tea", newest first: "sold at the counter", "stock count set"
