package org.greenwhistle.region.service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.greenwhistle.region.domain.Region;
import org.greenwhistle.region.persistence.RegionMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The division tree (public data): cascades, names and containment between regions. */
@Service
@Transactional(readOnly = true)
public class RegionService {
  private final RegionMapper regions;
  /** Names by code: the division tree is read-only reference data, loaded once per node. */
  private volatile java.util.Map<String, Region> byCode;

  RegionService(RegionMapper regions) {
    this.regions = regions;
  }

  public Optional<Region> find(String code) {
    if (code == null || !code.matches("\\d{6}")) {
      return Optional.empty();
    }
    return Optional.ofNullable(regions.findByCode(code));
  }

  public List<Region> provinces() {
    return regions.findChildren(Region.COUNTRY);
  }

  public List<Region> children(String parentCode) {
    return regions.findChildren(parentCode);
  }

  /** True when {@code ancestorCode} is {@code code} or one of its ancestors. */
  public boolean contains(String ancestorCode, String code) {
    Optional<Region> region = find(code);
    return region.isPresent() && region.get().path().contains("/" + ancestorCode + "/");
  }

  /** The chain from province down to the region itself. */
  public List<Region> lineage(String code) {
    Optional<Region> region = find(code);
    if (region.isEmpty()) {
      return List.of();
    }
    List<String> codes = new ArrayList<>(Arrays.asList(region.get().path().split("/")));
    codes.removeIf(c -> c.isEmpty() || c.equals(Region.COUNTRY));
    if (codes.isEmpty()) {
      return List.of(region.get());
    }
    List<Region> found = new ArrayList<>(regions.findByCodes(codes));
    found.sort((a, b) -> Integer.compare(a.level(), b.level()));
    return found;
  }

  /** "四川省 自贡市 沿滩区" style name, or the code itself when unknown. */
  public String fullName(String code) {
    Region region = code == null ? null : all().get(code);
    if (region == null) {
      return code;
    }
    List<String> names = new ArrayList<>();
    for (String c : region.path().split("/")) {
      if (!c.isEmpty() && !c.equals(Region.COUNTRY)) {
        names.add(all().get(c).name());
      }
    }
    return names.isEmpty() ? region.name() : String.join(" ", names);
  }

  private java.util.Map<String, Region> all() {
    java.util.Map<String, Region> map = byCode;
    if (map == null) {
      map = new java.util.HashMap<>();
      for (Region r : regions.findAll()) {
        map.put(r.code(), r);
      }
      byCode = java.util.Map.copyOf(map);
      map = byCode;
    }
    return map;
  }
}
