package org.greenwhistle.bench.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.greenwhistle.reward.domain.RewardQuery;
import org.greenwhistle.reward.domain.RewardQuote;
import org.greenwhistle.reward.rules.CompiledRuleSet;
import org.greenwhistle.reward.rules.RewardRules;
import org.greenwhistle.reward.rules.RuleSetExample;
import org.greenwhistle.reward.rules.RuleSetSelector;
import org.greenwhistle.reward.rules.ShippedRuleSetSource;
import org.greenwhistle.reward.service.RewardCalculator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * B3: reward calculations per second through {@link RewardCalculator#quote} (validation, rule-set selection by
 * region and date, DMN evaluation in FEEL legacy mode, combination), over thousands of valid queries derived from the
 * worked examples of every shipped rule set (fines, grades, insider and anonymity varied). No caching of results:
 * each call evaluates. {@code evaluateOnly} isolates the DMN evaluation + combination on a pre-selected rule set.
 * Run with {@code -t 1} and {@code -t 2} (see bench/run.sh b3).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class RewardCalculatorBenchmark {
  /** One calculator for all threads (thread-safe, like the app's singleton). */
  @State(Scope.Benchmark)
  public static class Inputs {
    RewardCalculator calculator;
    RewardRules rules;
    RewardQuery[] queries;
    CompiledRuleSet[] ruleSets;
    int ruleSetCount;

    @Setup(Level.Trial)
    public void setUp() {
      rules = new RewardRules();
      ShippedRuleSetSource source = new ShippedRuleSetSource(rules);
      calculator = new RewardCalculator(rules, source);
      Random random = new Random(2024);
      List<RewardQuery> valid = new ArrayList<>();
      List<CompiledRuleSet> selected = new ArrayList<>();
      Set<String> sets = new LinkedHashSet<>();
      for (CompiledRuleSet rs : source.active()) {
        for (RuleSetExample ex : RuleSetExample.parseAll(rs.ruleSet().examplesJson())) {
          for (int v = 0; v < 120; v++) {
            RewardQuery q = vary(ex.query(), random, v == 0);
            if (!calculator.problems(q).isEmpty()) {
              continue;
            }
            var chosen = RuleSetSelector.select(source.active(), q.province(), q.city(), q.decisionDate());
            if (chosen.isEmpty()) {
              continue;
            }
            try {
              calculator.quote(q);
            } catch (RuntimeException e) {
              continue;
            }
            valid.add(q);
            selected.add(chosen.get());
            sets.add(chosen.get().ruleSet().key());
          }
        }
      }
      // shuffle together, so consecutive calls hit different rule sets and branches
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < valid.size(); i++) {
        order.add(i);
      }
      java.util.Collections.shuffle(order, random);
      queries = new RewardQuery[order.size()];
      ruleSets = new CompiledRuleSet[order.size()];
      for (int i = 0; i < order.size(); i++) {
        queries[i] = valid.get(order.get(i));
        ruleSets[i] = selected.get(order.get(i));
      }
      ruleSetCount = sets.size();
      System.err.printf("%nB3 inputs: %d valid queries over %d rule sets %s%n", queries.length, ruleSetCount, sets);
    }

    /** The example itself, or the example with fine, grade, insider and anonymity varied (kept only if valid). */
    static RewardQuery vary(RewardQuery q, Random r, boolean original) {
      if (original) {
        return q;
      }
      BigDecimal fine = q.fineOrZero();
      if (fine.signum() > 0) {
        double factor = 0.05 + r.nextDouble() * 1.9;
        fine = fine.multiply(BigDecimal.valueOf(factor)).setScale(0, java.math.RoundingMode.HALF_UP).max(BigDecimal.ONE);
        BigDecimal max = q.statutoryMaxFineOrZero();
        if (max.signum() > 0 && fine.compareTo(max) > 0 && !q.outcomesOrEmpty().contains("DAILY_FINE")) {
          fine = max;
        }
      }
      return new RewardQuery(q.province(), q.city(), q.decisionDate(), q.violationType(), q.outcomesOrEmpty(), fine,
          q.statutoryMaxFineOrZero(), 1 + r.nextInt(3), r.nextInt(5) == 0, q.incidentGradeOrNone(), r.nextInt(3) == 0);
    }
  }

  /** Each thread walks the inputs from its own offset. */
  @State(Scope.Thread)
  public static class Cursor {
    int next;

    @Setup(Level.Trial)
    public void setUp() {
      next = (int) (Thread.currentThread().getId() * 7919);
    }
  }

  @Benchmark
  public RewardQuote quote(Inputs in, Cursor c) {
    int i = Math.floorMod(c.next++, in.queries.length);
    return in.calculator.quote(in.queries[i]);
  }

  @Benchmark
  public RewardQuote evaluateOnly(Inputs in, Cursor c) {
    int i = Math.floorMod(c.next++, in.queries.length);
    return in.rules.evaluate(in.ruleSets[i], in.queries[i]);
  }
}
