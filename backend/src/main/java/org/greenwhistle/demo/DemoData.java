package org.greenwhistle.demo;

import java.io.IOException;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo profile's data, loaded at start-up in this order, each part through the features' public services and
 * each part once (it checks its own marker, so a restart adds nothing):
 * <ol>
 *   <li>users: every other part acts as one of them;</li>
 *   <li>sample reports waiting for intake: loaded into an empty portal only, so before anything else adds reports;</li>
 *   <li>reward cases at each stage (awaiting review, awaiting finance, claimed, paid): worked by the users of 1;</li>
 *   <li>a year of finished cases for the public statistics: history rows with their own tracking-code prefix;</li>
 *   <li>the typical-case batch: fixed, anonymised text written by {@code admin}, published by {@code admin2}.</li>
 * </ol>
 * It runs after the application's own start-up runners (it has no order, i.e. the lowest precedence), so the reward
 * rule sets the reward cases need are loaded by then.
 */
@Component
@Profile("demo")
class DemoData implements ApplicationRunner {
  private final DemoUsers users;
  private final DemoReports reports;
  private final DemoPayouts payouts;
  private final DemoHistory history;
  private final DemoTypicalCases typicalCases;

  DemoData(DemoUsers users, DemoReports reports, DemoPayouts payouts, DemoHistory history,
           DemoTypicalCases typicalCases) {
    this.users = users;
    this.reports = reports;
    this.payouts = payouts;
    this.history = history;
    this.typicalCases = typicalCases;
  }

  @Override
  public void run(ApplicationArguments args) throws IOException {
    users.load();
    reports.load();
    payouts.load();
    history.load();
    typicalCases.load();
  }
}
