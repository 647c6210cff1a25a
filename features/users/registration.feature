Feature: Registration
  A visitor opens a customer account with an email, a password and a name,
  and can log in with them from then on.

  Scenario: A visitor registers
    When a visitor registers as "Amna Imtiaz" with email "amna@example.com" and password "correct horse battery"
    Then the answer is 201
    And the answer is the new account: a customer named "Amna Imtiaz" with email "amna@example.com"
    And the answer does not contain the password "correct horse battery"
    And "amna@example.com" can log in with password "correct horse battery"

  Scenario: The email is kept in lower case, so it can be typed either way
    When a visitor registers as "Amna Imtiaz" with email "Amna@Example.COM" and password "correct horse battery"
    Then the answer is 201
    And the answer is the new account: a customer named "Amna Imtiaz" with email "amna@example.com"
    And "AMNA@example.com" can log in with password "correct horse battery"

  Scenario: An email that is taken is refused
    Given Amna has registered with email "amna@example.com" and password "correct horse battery"
    When a visitor registers as "Someone Else" with email "AMNA@example.com" and password "another passphrase"
    Then the answer is a 409 problem of type "email-taken"
    And "amna@example.com" can log in with password "correct horse battery"
    And "amna@example.com" cannot log in with password "another passphrase"

  Scenario: Bad input is refused, naming every bad field
    When a visitor registers with:
      | email    | not-an-email |
      | password | short        |
      | name     |              |
    Then the answer is a 400 problem of type "invalid-request"
    And the problem lists exactly these fields:
      | json.email    |
      | json.password |
      | json.name     |

  Scenario: A visitor cannot make themselves an admin
    When a visitor sends this registration:
      """json
      {"email": "mallory@example.com", "password": "correct horse battery", "name": "Mallory", "role": "admin"}
      """
    Then the answer is a 400 problem of type "invalid-request"
    And the problem names the field "role"
    And "mallory@example.com" cannot log in with password "correct horse battery"

  Scenario: A body over 1 MB is refused
    When a visitor sends a registration whose name is 1100000 characters long
    Then the answer is a 413 problem of type "body-too-large"
