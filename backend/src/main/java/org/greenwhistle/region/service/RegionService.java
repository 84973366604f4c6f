package org.greenwhistle.region.service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.greenwhistle.region.domain.Region;
import org.greenwhistle.region.persistence.RegionMapper;
import org.springframework.stereotype.Service;

/** The division tree (public data): cascades, names and containment between regions. */
@Service
public class RegionService {
  private final RegionMapper regions;
  /**
   * The division tree is read-only reference data (3,340 rows shipped by migration V2): held in memory per
   * node, because region lookups sit on every submission and task creation.
   */
  private volatile Tree tree;

  RegionService(RegionMapper regions) {
    this.regions = regions;
  }

  public Optional<Region> find(String code) {
    return code == null ? Optional.empty() : Optional.ofNullable(tree().byCode().get(code));
  }

  public List<Region> provinces() {
    return children(Region.COUNTRY);
  }

  public List<Region> children(String parentCode) {
    return tree().children().getOrDefault(parentCode, List.of());
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
    var byCode = tree().byCode();
    List<Region> found = new ArrayList<>();
    for (String c : codes) {
      Region r = byCode.get(c);
      if (r != null) {
        found.add(r);
      }
    }
    found.sort((a, b) -> Integer.compare(a.level(), b.level()));
    return found;
  }

  /** "四川省 自贡市 沿滩区" style name, or the code itself when unknown. */
  public String fullName(String code) {
    var byCode = tree().byCode();
    Region region = code == null ? null : byCode.get(code);
    if (region == null) {
      return code;
    }
    List<String> names = new ArrayList<>();
    for (String c : region.path().split("/")) {
      if (!c.isEmpty() && !c.equals(Region.COUNTRY)) {
        names.add(byCode.get(c).name());
      }
    }
    return names.isEmpty() ? region.name() : String.join(" ", names);
  }

  /** Loaded on first use; every node holds its own immutable copy, so nothing is shared or locked. */
  private Tree tree() {
    Tree t = tree;
    if (t == null) {
      java.util.Map<String, Region> codes = new java.util.HashMap<>();
      java.util.Map<String, List<Region>> kids = new java.util.HashMap<>();
      for (Region r : regions.findAll()) {
        codes.put(r.code(), r);
        if (r.parentCode() != null) {
          kids.computeIfAbsent(r.parentCode(), k -> new ArrayList<>()).add(r);
        }
      }
      kids.values().forEach(list -> list.sort(java.util.Comparator.comparing(Region::code)));
      java.util.Map<String, List<Region>> frozen = new java.util.HashMap<>();
      kids.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
      t = new Tree(java.util.Map.copyOf(codes), java.util.Map.copyOf(frozen));
      tree = t;
    }
    return t;
  }

  private record Tree(java.util.Map<String, Region> byCode, java.util.Map<String, List<Region>> children) { }
}
