package org.greenwhistle.region.api;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.greenwhistle.region.domain.Region;
import org.greenwhistle.region.service.RegionService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The public division tree, for mobile clients' province → city → county pickers. */
@RestController
@RequestMapping("/api/v1/public/regions")
class RegionController {
  private final RegionService regions;

  RegionController(RegionService regions) {
    this.regions = regions;
  }

  @Operation(summary = "Provinces")
  @GetMapping
  List<Region> provinces() {
    return regions.provinces();
  }

  @Operation(summary = "Direct children of a division (cities of a province, counties of a city)")
  @GetMapping("/{code}/children")
  List<Region> children(@PathVariable String code) {
    return regions.children(code);
  }
}
