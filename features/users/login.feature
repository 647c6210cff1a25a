Feature: Logging in and sessions
  A customer logs in with email and password and gets a short-lived access token and a
  refresh token. The refresh token is traded for a new pair. The same token presented again
  within a few seconds (parallel tabs, a retry) gets the same pair; later, a refresh token
  that was already traded is a sign of theft and ends the whole session.

  Background:
    Given Amna has registered with email "amna@example.com" and password "correct horse battery"

  Scenario: Amna logs in
    When Amna logs in with password "correct horse battery"
    Then the answer is 200
    And the answer holds a Bearer access token and a refresh token
    And no cache may keep the answer
    And Amna can read her profile

  Scenario: A wrong password and an unknown email get the same answer
    When someone logs in as "amna@example.com" with password "not her password"
    And someone logs in as "nobody@example.com" with password "not her password"
    Then both answers are the same 401 problem of type "invalid-credentials"
    And the problem says "wrong email or password"

  Scenario: Too many attempts in a minute are stopped
    When someone tries wrong passwords for "amna@example.com" until the mart stops them
    Then the mart let 10 attempts through in that minute, each answered 401
    And the answer is a 429 problem of type "rate-limited"
    And the answer says to retry after at most 60 seconds

  Scenario: Refreshing trades the refresh token for a new pair
    Given Amna has logged in
    When Amna refreshes her session
    Then the answer is 200
    And the answer holds a Bearer access token and a refresh token
    And no cache may keep the answer
    And Amna's new refresh token differs from the one she traded
    And Amna can read her profile

  Scenario: Refreshing from several tabs at once keeps the session
    Given Amna has logged in
    When Amna refreshes her session from 10 tabs at once
    Then every tab got the same new pair
    And Amna's new refresh token differs from the one she traded
    When Amna refreshes her session
    Then the answer is 200
    And Amna can read her profile

  Scenario: Reusing a traded refresh token later ends the session
    Given Amna has logged in
    And Amna has refreshed her session
    And 11 seconds have passed
    When someone presents Amna's first refresh token again
    Then the answer is a 401 problem of type "invalid-refresh-token"
    And Amna's refresh token no longer works

  Scenario: Logging out ends the session
    Given Amna has logged in
    When Amna logs out
    Then the answer is 204
    And Amna's refresh token no longer works
