package org.greenwhistle.region.persistence;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.greenwhistle.region.domain.Region;

@Mapper
public interface RegionMapper {
  Region findByCode(@Param("code") String code);

  List<Region> findChildren(@Param("parentCode") String parentCode);

  List<Region> findByCodes(@Param("codes") List<String> codes);

  long count();

  List<Region> findAll();
}
