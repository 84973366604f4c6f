package org.greenwhistle.statistics.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * Aggregates for the public statistics, and the bulk inserts of the demo history. Time buckets are computed in SQL
 * from month boundaries passed as instants ({@code bucket} = how many of {@code bounds} lie at or before the time),
 * so the grouping follows China's months whatever time zone the database stores timestamps in.
 * {@code province} (a province code or null) narrows to one province and groups by the region below it.
 */
@Mapper
public interface StatisticsMapper {
  /** Reports received in a month bucket and region, and how many of them were accepted and confirmed. */
  record FunnelCount(int bucket, String region, long received, long accepted, long confirmed) {
  }

  record CategoryCount(String category, long received, long accepted, long confirmed) {
  }

  /** Cases closed in a month bucket and region, and how many of them within the handling deadline. */
  record ClosureCount(int bucket, String region, long closed, long onTime) {
  }

  /** Rewards paid in a calendar month (payment date) and region. */
  record RewardCount(int paidYear, int paidMonth, String region, long paid, BigDecimal amount) {
  }

  List<FunnelCount> funnel(@Param("from") Instant from, @Param("until") Instant until,
                           @Param("bounds") List<Instant> bounds, @Param("province") String province);

  List<CategoryCount> categories(@Param("from") Instant from, @Param("until") Instant until,
                                 @Param("province") String province);

  List<ClosureCount> closures(@Param("from") Instant from, @Param("until") Instant until,
                              @Param("bounds") List<Instant> bounds, @Param("province") String province,
                              @Param("handlingSeconds") long handlingSeconds,
                              @Param("extendedSeconds") long extendedSeconds);

  List<RewardCount> rewards(@Param("fromDate") LocalDate fromDate, @Param("toDate") LocalDate toDate,
                            @Param("province") String province);
}
