package org.greenwhistle.scenario;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * GreenMail standing in for the bureau's SMTP server on the suite's fixed port (3025, the "it" profile's
 * spring.mail.port) or any other. The port is shared by every build on the machine: while another run holds it,
 * {@link #start()} waits and tries again instead of failing.
 */
public final class TestMailServer implements AutoCloseable {
  private final GreenMail smtp;

  private TestMailServer(GreenMail smtp) {
    this.smtp = smtp;
  }

  /** On port 3025 (where the test contexts send). */
  public static TestMailServer start() {
    return start(ServerSetupTest.SMTP);
  }

  public static TestMailServer start(ServerSetup setup) {
    long end = System.nanoTime() + Duration.ofMinutes(10).toNanos();
    while (true) {
      GreenMail smtp = new GreenMail(setup);
      try {
        smtp.start();
        return new TestMailServer(smtp);
      } catch (RuntimeException e) {
        smtp.stop();
        if (System.nanoTime() > end) {
          throw e;
        }
        sleep(Duration.ofSeconds(5));
      }
    }
  }

  /** Every mail received for this address so far. */
  public List<MimeMessage> to(String address) {
    List<MimeMessage> found = new ArrayList<>();
    try {
      for (MimeMessage m : smtp.getReceivedMessages()) {
        for (Address a : m.getAllRecipients()) {
          if (a.toString().equalsIgnoreCase(address)) {
            found.add(m);
          }
        }
      }
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
    return found;
  }

  /** Waits (up to 60 s) until at least {@code count} mails reached the address; returns them all. */
  public List<MimeMessage> await(String address, int count) {
    long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (to(address).size() < count && System.nanoTime() < end) {
      sleep(Duration.ofMillis(200));
    }
    List<MimeMessage> found = to(address);
    if (found.size() < count) {
      throw new AssertionError(count + " mails expected for " + address + ", got " + found.size());
    }
    return found;
  }

  /** The newest mail for the address whose body contains {@code text}, waiting up to 60 s. */
  public MimeMessage awaitContaining(String address, String text) {
    long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < end) {
      List<MimeMessage> all = to(address);
      for (int i = all.size() - 1; i >= 0; i--) {
        if (body(all.get(i)).contains(text)) {
          return all.get(i);
        }
      }
      sleep(Duration.ofMillis(200));
    }
    throw new AssertionError("no mail for " + address + " containing " + text);
  }

  public List<MimeMessage> all() {
    return List.of(smtp.getReceivedMessages());
  }

  /** The decoded text of a plain-text mail. */
  public static String body(MimeMessage message) {
    try {
      return message.getContent().toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    smtp.stop();
  }

  /** GreenMail on port 3025 for each test of a class: {@code @RegisterExtension final PerTest smtp = new PerTest();} */
  public static final class PerTest implements BeforeEachCallback, AfterEachCallback {
    private TestMailServer server;

    @Override
    public void beforeEach(ExtensionContext context) {
      server = start();
    }

    @Override
    public void afterEach(ExtensionContext context) {
      server.close();
    }

    public TestMailServer server() {
      return server;
    }
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
