package org.greenwhistle.bench.seed;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.greenwhistle.bench.Args;
import org.greenwhistle.bench.BenchBackendApplication;
import org.greenwhistle.bench.Results;
import org.greenwhistle.casework.domain.CaseTask;
import org.greenwhistle.casework.service.CaseworkService;
import org.greenwhistle.casework.service.CaseworkService.InboxFilter;
import org.greenwhistle.identity.service.AccountPrincipal;
import org.greenwhistle.identity.service.AccountUserDetailsService;
import org.greenwhistle.report.domain.ReportStatus;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * B2: in the backend's own context, as a logged-in staff member (Spring SecurityContext with the app's own principal),
 * what the inbox view does for its first page ({@code CaseworkService.inbox(filter, 0, 50)} + {@code countInbox}) per
 * filter variant, and the case page ({@code caseDetail(code)}) over the codes of that inbox. Warm-up, then
 * {@code --iterations} timed calls per variant, one thread, p50/p95/p99.
 *
 * <pre>--user=investigator --iterations=1000 --warmup=300 --out=bench/results/b2.csv</pre>
 */
public final class InboxMain {
  public static void main(String[] argv) throws Exception {
    Args args = new Args(argv);
    int iterations = args.integer("iterations", 1000);
    int warmup = args.integer("warmup", 300);
    Path out = Path.of(args.get("out", "bench/results/b2.csv"));
    List<String> users = List.of(args.get("users", "investigator,inv-510000").split(","));
    try (ConfigurableApplicationContext context = BenchBackendApplication.start()) {
      CaseworkService casework = context.getBean(CaseworkService.class);
      AccountUserDetailsService accounts = context.getBean(AccountUserDetailsService.class);
      for (String user : users) {
        AccountPrincipal me = accounts.loadUserByUsername(user);
        SecurityContextHolder.getContext().setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(me, null, me.getAuthorities()));
        long total = casework.countInbox(InboxFilter.none());
        System.err.printf("%s (%s, region %s): %,d tasks in the inbox%n", user, me.getRoles(), me.getRegionCode(), total);
        Instant in30Days = Instant.now().plus(30, ChronoUnit.DAYS);
        Map<String, InboxFilter> variants = new LinkedHashMap<>();
        variants.put("no-filter", InboxFilter.none());
        variants.put("category", new InboxFilter(null, null, "WATER", null, null, null));
        variants.put("text", new InboxFilter(null, null, null, null, null, "化工厂"));
        variants.put("due-30d", new InboxFilter(null, in30Days, null, null, null, null));
        variants.put("status", new InboxFilter(null, null, null, null, ReportStatus.ACCEPTED, null));
        variants.put("overdue", new InboxFilter(true, null, null, null, null, null));
        variants.put("combined", new InboxFilter(null, in30Days, "WATER", null, ReportStatus.ACCEPTED, null));
        for (var v : variants.entrySet()) {
          InboxFilter f = v.getValue();
          long[] count = new long[1];
          measure(() -> {
            List<CaseTask> page = casework.inbox(f, 0, 50);
            count[0] = casework.countInbox(f);
            return page.size();
          }, warmup, iterations).report(user + ":inbox-page:" + v.getKey() + " (count " + count[0] + ")", out);
        }
        // deep page: the 40th page of 50
        measure(() -> casework.inbox(InboxFilter.none(), 1950, 50).size() + (int) casework.countInbox(InboxFilter.none()),
            warmup, iterations).report(user + ":inbox-page:page-40", out);
        // the case page, over the codes of the first pages of that inbox
        List<String> codes = new ArrayList<>();
        for (int p = 0; p < 4; p++) {
          casework.inbox(InboxFilter.none(), p * 50, 50).forEach(t -> codes.add(t.trackingCode()));
        }
        if (!codes.isEmpty()) {
          int[] i = new int[1];
          measure(() -> casework.caseDetail(codes.get(i[0]++ % codes.size())).openTasks().size(), warmup, iterations)
              .report(user + ":case-page", out);
        }
      }
      SecurityContextHolder.clearContext();
    }
    System.exit(0);
  }

  record Timed(Results results, int warmup, double wallSeconds) {
    void report(String target, Path out) {
      results.reportIterations("B2", target, warmup, wallSeconds, out);
    }
  }

  /** Runs warm-up calls, then times each of {@code iterations} calls (ns). */
  static Timed measure(Supplier<Integer> call, int warmup, int iterations) {
    long sink = 0;
    for (int i = 0; i < warmup; i++) {
      sink += call.get();
    }
    Results r = new Results();
    long start = System.nanoTime();
    for (int i = 0; i < iterations; i++) {
      long t0 = System.nanoTime();
      sink += call.get();
      r.add(System.nanoTime() - t0);
    }
    double wall = (System.nanoTime() - start) / 1e9;
    if (sink == 42) {
      System.err.print("");
    }
    return new Timed(r, warmup, wall);
  }
}
