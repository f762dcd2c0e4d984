package org.itsmflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AcceptedPasswordsTest {

  private final AcceptedPasswords accepted = new AcceptedPasswords();

  @Test
  void onlyTheSamePasswordAgainstTheSameStoredHashIsKnownGood() {
    accepted.accepted("erin", "{SHA-512}stored-1", "Correct-Horse-42");

    assertThat(accepted.isAccepted("erin", "{SHA-512}stored-1", "Correct-Horse-42")).isTrue();
    assertThat(accepted.isAccepted("erin", "{SHA-512}stored-1", "correct-horse-42")).isFalse();
    assertThat(accepted.isAccepted("erin", "{SHA-512}stored-2", "Correct-Horse-42")).as("password changed").isFalse();
    assertThat(accepted.isAccepted("erin", null, "Correct-Horse-42")).isFalse();
    assertThat(accepted.isAccepted("frank", "{SHA-512}stored-1", "Correct-Horse-42")).isFalse();
  }

  @Test
  void aUserWithoutAStoredHashIsNeverKnownGood() {
    accepted.accepted("sso-person", null, "anything");

    assertThat(accepted.isAccepted("sso-person", null, "anything")).isFalse();
  }

  @Test
  void forgetsAUserAndKeepsAtMostItsCapacity() {
    accepted.accepted("erin", "h", "p");
    accepted.forget("erin");
    assertThat(accepted.isAccepted("erin", "h", "p")).isFalse();

    for (int i = 0; i < AcceptedPasswords.CAPACITY; i++) {
      accepted.accepted("user-" + i, "h", "p");
    }
    assertThat(accepted.isAccepted("user-0", "h", "p")).isTrue();
    accepted.accepted("one-more", "h", "p");
    assertThat(accepted.isAccepted("user-0", "h", "p")).as("the full memory was emptied").isFalse();
    assertThat(accepted.isAccepted("one-more", "h", "p")).isTrue();
  }

  @Test
  void anotherApplicationStartKnowsNothing() {
    accepted.accepted("erin", "h", "p");

    assertThat(new AcceptedPasswords().isAccepted("erin", "h", "p")).isFalse();
  }
}
