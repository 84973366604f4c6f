package org.greenwhistle.audit.persistence;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.greenwhistle.audit.domain.AuditEntry;

@Mapper
public interface AuditMapper {
  AuditEntry findLast(@Param("chainKey") String chainKey);

  void insert(AuditEntry entry);

  List<AuditEntry> findChain(@Param("chainKey") String chainKey);

  List<AuditEntry> findPage(@Param("chainKey") String chainKey, @Param("offset") int offset, @Param("limit") int limit);

  long countChain(@Param("chainKey") String chainKey);
}
