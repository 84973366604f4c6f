package org.greenwhistle.reliability;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.greenwhistle.BackendTestApplication;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The reduced CI forms of issue #8 (HostileInputIT, CrashConsistencyIT): MariaDB (profile "it") with the raised
 * abuse limits of profile "bench", because they send many requests from one client; ReportApiIT keeps asserting
 * the real limits. One shared context for both classes; its job executor and mail dispatcher are off, so it does
 * not compete with the main test context for the jobs and mails of other tests.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = BackendTestApplication.class, properties = {
    "operaton.bpm.job-execution.enabled=false",
    "greenwhistle.mail.poll-interval=1h"})
@ActiveProfiles({"mysql", "it", "bench"})
@AutoConfigureMockMvc
@Import(FaultInjection.class)
public @interface ReliabilityIT {
}
