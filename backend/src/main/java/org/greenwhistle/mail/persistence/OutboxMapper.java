package org.greenwhistle.mail.persistence;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.greenwhistle.mail.domain.MailStatus;
import org.greenwhistle.mail.domain.OutboxMail;

@Mapper
public interface OutboxMapper {
  void insert(OutboxMail mail);

  List<Long> findDue(@Param("now") Instant now, @Param("limit") int limit);

  /** Claims a due mail for this node; 1 when claimed, 0 when another node was faster. */
  int claim(@Param("id") long id, @Param("now") Instant now);

  OutboxMail findById(@Param("id") long id);

  /** Delivered (or captured); {@code dropSecret} removes the link the stored body stood for. */
  int markDone(@Param("id") long id, @Param("status") MailStatus status, @Param("at") Instant at,
               @Param("dropSecret") boolean dropSecret);

  int markRetry(@Param("id") long id, @Param("status") MailStatus status, @Param("nextAttemptAt") Instant next,
                @Param("error") String error);

  /** A mail whose link expired before it could be delivered: nothing is sent, the link is dropped. */
  int markExpired(@Param("id") long id);

  List<Long> findExpiredSecrets(@Param("now") Instant now, @Param("limit") int limit);

  /** Drops a link past its not-after time; a mail still waiting for delivery becomes EXPIRED. */
  int expireSecret(@Param("id") long id, @Param("now") Instant now);

  List<Long> findStale(@Param("before") Instant before, @Param("limit") int limit);

  int release(@Param("id") long id, @Param("before") Instant before);

  List<OutboxMail> findPage(@Param("offset") int offset, @Param("limit") int limit);

  long count();

  long countFailed();

  /** Every FAILED mail due again at {@code now}, retried until {@code retryUntil}; the number of mails. */
  int retryFailed(@Param("now") Instant now, @Param("retryUntil") Instant retryUntil);
}
