package org.greenwhistle.casework.persistence;

import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.greenwhistle.casework.domain.CalendarDay;

@Mapper
public interface HolidayMapper {
  List<CalendarDay> findBetween(@Param("from") LocalDate from, @Param("to") LocalDate to);

  List<Integer> completeYears();

  void upsertDay(CalendarDay day);

  void markYear(@Param("year") int year, @Param("complete") boolean complete);

  int deleteDay(@Param("day") LocalDate day);
}
