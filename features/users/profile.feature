Feature: Own profile
  A logged-in customer reads her profile, changes her name and her password. Her email and
  her role are not hers to change.

  Background:
    Given Amna has registered with email "amna@example.com" and password "correct horse battery"
    And Amna has logged in

  Scenario: Amna reads her profile
    When Amna reads her profile
    Then the answer is 200
    And the profile shows the email "amna@example.com", the name "Amna" and the role "customer"

  Scenario: Amna changes her name
    When Amna changes her name to "Amna Imtiaz"
    Then the answer is 200
    And the profile shows the email "amna@example.com", the name "Amna Imtiaz" and the role "customer"
    And Amna's profile now shows the email "amna@example.com", the name "Amna Imtiaz" and the role "customer"

  Scenario Outline: Amna cannot change her <field>
    When Amna asks to change her profile with <change>
    Then the answer is a 400 problem of type "invalid-request"
    And the problem names the field "<field>"
    And Amna's profile now shows the email "amna@example.com", the name "Amna" and the role "customer"

    Examples:
      | field | change                                         |
      | role  | {"role": "admin"}                              |
      | email | {"email": "someone@example.com"}               |
      | role  | {"name": "Amna Imtiaz", "role": "admin"}       |
      | email | {"name": "Amna Imtiaz", "email": "x@example.com"} |

  Scenario: Amna changes her password
    When Amna changes her password from "correct horse battery" to "a much longer passphrase"
    Then the answer is 204
    And "amna@example.com" cannot log in with password "correct horse battery"
    And "amna@example.com" can log in with password "a much longer passphrase"
    And Amna's refresh token no longer works

  Scenario: The current password has to be right
    When Amna changes her password from "a wrong guess" to "a much longer passphrase"
    Then the answer is a 403 problem of type "wrong-password"
    And "amna@example.com" can log in with password "correct horse battery"
    And "amna@example.com" cannot log in with password "a much longer passphrase"

  Scenario: Without a token the profile stays private
    When a visitor asks for the profile without a token
    Then the answer is a 401 problem of type "unauthenticated"
    And the answer asks for a bearer token
