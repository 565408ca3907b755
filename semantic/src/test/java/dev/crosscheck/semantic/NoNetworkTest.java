package dev.crosscheck.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.Permission;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The model comes from the jar: loading it and embedding sentences opens no connection and looks
 * up no host. A security manager refuses both while this test runs; it runs first in the JVM (see
 * junit-platform.properties), so that nothing was loaded before it.
 */
@Order(1)
@SuppressWarnings("removal") // SecurityManager: still the one way in Java 17 to refuse every socket of a JVM
class NoNetworkTest {
  private static final List<String> attempts = new ArrayList<>();

  @BeforeAll
  static void refuseNetwork() {
    System.setSecurityManager(new SecurityManager() {
      @Override
      public void checkConnect(String host, int port) {
        refuse(host + ":" + port);
      }

      @Override
      public void checkConnect(String host, int port, Object context) {
        refuse(host + ":" + port);
      }

      @Override
      public void checkPermission(Permission perm) {
        // everything else is allowed
      }

      @Override
      public void checkPermission(Permission perm, Object context) {
        // everything else is allowed
      }

      private void refuse(String where) {
        synchronized (attempts) {
          attempts.add(where);
        }
        throw new SecurityException("no network in this test: " + where);
      }
    });
  }

  @AfterAll
  static void allowNetwork() {
    System.setSecurityManager(null);
  }

  @Test
  void loadsAndEmbedsWithoutTheNetwork() {
    SemanticSimilarity similarity = SemanticSimilarity.load();
    double cosine = similarity.cosine("The leaders met for three hours.", "The leaders met for three hours.");
    assertThat(cosine).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
    synchronized (attempts) {
      assertThat(attempts).as("connections attempted").isEmpty();
    }
  }
}
