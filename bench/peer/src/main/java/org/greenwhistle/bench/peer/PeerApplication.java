package org.greenwhistle.bench.peer;

import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * B1 (b) and (c): a bare Camunda 7 Spring Boot application with {@code /engine-rest} (no authentication) and the
 * one-user-task process {@code bench-one-task}.
 *
 * <ul>
 *   <li>{@code serve} (default): runs until killed; clients start instances through
 *       {@code POST /engine-rest/process-definition/key/bench-one-task/start} (B1 b).</li>
 *   <li>{@code inprocess N WARMUP_S MEASURE_S OUT_CSV}: starts instances with {@code RuntimeService} from N threads
 *       in this JVM, prints and appends the figures, exits (B1 c).</li>
 * </ul>
 */
@SpringBootApplication
public class PeerApplication {
  public static void main(String[] args) throws Exception {
    String mode = args.length == 0 ? "serve" : args[0];
    ConfigurableApplicationContext context = SpringApplication.run(PeerApplication.class,
        Arrays.copyOfRange(args, Math.min(args.length, mode.equals("inprocess") ? 5 : 1), args.length));
    if (mode.equals("inprocess")) {
      int exit = 0;
      try {
        InProcessStarts.run(context, Integer.parseInt(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]),
            args[4]);
      } catch (Exception e) {
        e.printStackTrace();
        exit = 1;
      } finally {
        context.close();
      }
      System.exit(exit);
    }
  }
}
