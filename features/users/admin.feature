Feature: Administering users
  An operator makes an admin with the admin runner. The admin sees every account, a page
  at a time; customers do not.

  Background:
    Given these customers have registered:
      | name   | email              | password              |
      | Amna   | amna@example.com   | correct horse battery |
      | Bilal  | bilal@example.com  | correct horse battery |
      | Sana   | sana@example.com   | correct horse battery |
      | Danish | danish@example.com | correct horse battery |

  Scenario: The admin lists the users page by page
    Given an operator has made Zara an admin with the admin runner, email "zara@imtiaz.example" and password "admin passphrase 1"
    And Zara has logged in
    When Zara lists the users 2 at a time
    Then Zara sees 3 pages, the last one without a next cursor
    And the pages hold 2, 2 and 1 users
    And the users appear once each, oldest first:
      | email               | role     |
      | amna@example.com    | customer |
      | bilal@example.com   | customer |
      | sana@example.com    | customer |
      | danish@example.com  | customer |
      | zara@imtiaz.example | admin    |

  Scenario: A bad page request is refused, naming every bad field
    Given an operator has made Zara an admin with the admin runner, email "zara@imtiaz.example" and password "admin passphrase 1"
    And Zara has logged in
    When Zara asks for the users with limit "0" and cursor "not-a-cursor"
    Then the answer is a 400 problem of type "invalid-request"
    And the problem lists exactly these fields:
      | query.limit  |
      | query.cursor |

  Scenario: A customer is refused
    Given Amna has logged in
    When Amna asks for the list of users
    Then the answer is a 403 problem of type "forbidden"

  Scenario: A customer who rewrites her token to say admin is refused
    Given Amna has logged in
    And Amna has rewritten the role in her access token to "admin"
    When Amna asks for the list of users
    Then the answer is a 401 problem of type "unauthenticated"

  Scenario: Nobody is listed without a token
    When a visitor asks for the list of users without a token
    Then the answer is a 401 problem of type "unauthenticated"
    And the answer asks for a bearer token

  Scenario: The admin runner refuses an email that is taken
    When an operator runs the admin runner to make an admin with email "amna@example.com" and password "admin passphrase 2"
    Then the admin runner fails, saying "already exists"
    And "amna@example.com" cannot log in with password "admin passphrase 2"
