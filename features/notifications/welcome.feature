Feature: Welcome notification
  A new customer is welcomed: soon after registering she finds a welcome among her
  notifications, greeting her by name. The notifications domain makes it from the
  registration's event, so it arrives a moment after the registration is answered.

  Scenario: A new customer finds a welcome notification
    Given Amna has registered with email "amna@example.com" and password "correct horse battery"
    And Amna has logged in
    When Amna checks her notifications until something arrives
    Then Amna has one notification: a welcome titled "Welcome to Imtiaz Mart" that greets her as "Amna"
