package org.greenwhistle.region.persistence;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.greenwhistle.region.domain.Region;

@Mapper
public interface RegionMapper {
  long count();

  List<Region> findAll();
}
