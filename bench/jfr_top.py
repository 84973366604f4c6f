#!/usr/bin/env python3
"""Summarises a JFR recording's CPU samples: top self frames, inclusive time of selected packages, and a
breakdown of each sample by the first (innermost) frame that belongs to a known category.

usage: jfr_top.py RECORDING.jfr [THREAD_NAME_PREFIX]   (needs the JDK's `jfr` tool on the PATH)"""
import collections, re, subprocess, sys

rec = sys.argv[1]
thread_prefix = sys.argv[2] if len(sys.argv) > 2 else None
text = subprocess.run(["jfr", "print", "--stack-depth", "512", "--events", "jdk.ExecutionSample", rec], capture_output=True, text=True).stdout
# innermost first; the first category whose pattern matches a frame (walking outwards) takes the sample
CATEGORIES = [
    ("JPEG decode (ImageIO, damaged-file check)", r"^(javax\.imageio|com\.sun\.imageio)"),
    ("type detection (Tika)", r"^org\.apache\.tika"),
    ("EXIF (metadata-extractor)", r"^com\.drew"),
    ("SHA-256 / HMAC", r"^(sun\.security\.provider\.(SHA|Digest)|java\.security\.MessageDigest|javax\.crypto\.Mac)"),
    ("AES-GCM", r"^(com\.sun\.crypto\.provider\.(GaloisCounterMode|AES)|javax\.crypto\.Cipher)"),
    ("bcrypt", r"^org\.springframework\.security\.crypto\.bcrypt"),
    ("JDBC driver (MySQL Connector/J)", r"^com\.mysql"),
    ("connection pool (Hikari)", r"^com\.zaxxer"),
    ("MyBatis (app mappers and Camunda's)", r"^org\.apache\.ibatis"),
    ("Camunda history", r"^org\.camunda\.bpm\.engine\.impl\.history"),
    ("Camunda engine (other)", r"^org\.camunda"),
    ("Jackson JSON", r"^com\.fasterxml"),
    ("multipart parsing / file I/O", r"^(org\.apache\.tomcat\.util\.http\.fileupload|sun\.nio\.fs|java\.nio\.file|sun\.nio\.ch\.FileChannel)"),
    ("GreenWhistle code", r"^org\.greenwhistle"),
    ("Spring Security", r"^org\.springframework\.security"),
    ("Spring (other)", r"^org\.springframework"),
    ("Tomcat / HTTP", r"^org\.apache\.(catalina|coyote|tomcat)"),
    ("Vaadin", r"^com\.vaadin"),
    ("JDK (other)", r"^(java|jdk|sun)\."),
]
# inclusive share of these steps (a sample counts once per step found anywhere in its stack)
STEPS = [
    ("Camunda process start", "org.operaton.bpm.engine.impl.RuntimeServiceImpl.start"),
    ("Camunda process start (instantiation builder)", "org.operaton.bpm.engine.impl.ProcessInstantiationBuilderImpl.execute"),
    ("Camunda flush (all its INSERTs)", "org.operaton.bpm.engine.impl.db.entitymanager.DbEntityManager.flush"),
    ("transaction commit", "org.springframework.transaction.support.AbstractPlatformTransactionManager.commit"),
    ("evidence inspection", "org.greenwhistle.report.service.EvidenceInspector.inspect"),
    ("evidence store (copy + fsync)", "org.greenwhistle.report.service.EvidenceStore.put"),
    ("Tomcat multipart parsing", "org.apache.catalina.connector.Request.parseParts"),
    ("multipart copy to temp file", "org.greenwhistle.report.api.ReportController.receive"),
    ("TaskRules on task creation", "org.greenwhistle.casework.service.TaskRules.created"),
    ("idempotency replay lookup", "org.greenwhistle.report.service.ReportSubmissionService.replay"),
    ("rate limiter", "org.greenwhistle.common.ratelimit.RateLimiter."),
    ("audit chain", "org.greenwhistle.audit.service.AuditTrail.record"),
    ("region lookups", "org.greenwhistle.region.service.RegionService.find"),
    ("validation", "org.greenwhistle.report.service.ReportValidator.problems"),
    ("JDBC driver, any", "com.mysql.cj."),
    ("MyBatis, any", "org.apache.ibatis."),
    ("Micrometer observation", "io.micrometer."),
    ("nested-jar class/resource loading", "org.springframework.boot.loader."),
]
compiled = [(n, re.compile(p)) for n, p in CATEGORIES]
steps = collections.Counter()
top, incl, cats, callers = collections.Counter(), collections.Counter(), collections.Counter(), collections.Counter()
n = 0
for event in text.split("jdk.ExecutionSample")[1:]:
    if thread_prefix:
        m = re.search(r'sampledThread = "([^"]*)"', event)
        if not m or not m.group(1).startswith(thread_prefix):
            continue
    frames = re.findall(r"^\s+([\w$.<>]+)\(", event, re.M)
    if not frames:
        continue
    n += 1
    top[frames[0]] += 1
    for f in set(frames):
        if f.startswith("org.greenwhistle"):
            incl[f] += 1
    for name, prefix in STEPS:
        if any(f.startswith(prefix) for f in frames):
            steps[name] += 1
    hit = None
    for f in frames:  # innermost outwards: the first frame of a specific category takes the sample
        hit = next((name for name, pattern in compiled[:-1] if pattern.match(f)), None)
        if hit:
            break
    cats[hit or ("JDK (other)" if compiled[-1][1].match(frames[0]) else "other")] += 1
    caller = next((f for f in frames if not compiled[-1][1].match(f)), "?")
    callers[frames[0] + "  <-  " + caller] += 1
print(f"{n} CPU samples" + (f" in threads {thread_prefix}*" if thread_prefix else ""))
print("\n-- by category of the innermost known frame")
for k, v in cats.most_common():
    print(f"{100 * v / max(n, 1):5.1f}%  {k}")
print("\n-- inclusive share of steps")
for name, _ in STEPS:
    print(f"{100 * steps[name] / max(n, 1):5.1f}%  {name}")
print("\n-- top self frames")
for k, v in top.most_common(25):
    print(f"{100 * v / max(n, 1):5.1f}%  {k}")
print("\n-- top self frames with their first non-JDK caller")
for k, v in callers.most_common(20):
    print(f"{100 * v / max(n, 1):5.1f}%  {k}")
print("\n-- inclusive, GreenWhistle methods")
for k, v in incl.most_common(30):
    print(f"{100 * v / max(n, 1):5.1f}%  {k}")
