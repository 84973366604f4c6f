package org.greenwhistle.casework.persistence;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.greenwhistle.casework.domain.CaseListItem;

/** The staff case search over the reports of a region (read only; the report feature owns report). */
@Mapper
public interface CaseSearchMapper {
  List<CaseListItem> find(@Param("q") CaseSearchQuery query);

  long count(@Param("q") CaseSearchQuery query);
}
