package org.greenwhistle.region.service;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import org.greenwhistle.BackendIT;
import org.greenwhistle.region.domain.Region;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@BackendIT
class RegionServiceIT {
  @Autowired RegionService regions;
  @Autowired DataSource dataSource;

  @Test
  void runsOnMariaDbOrMySql() throws Exception {
    try (var connection = dataSource.getConnection()) {
      String product = connection.getMetaData().getDatabaseProductName() + " "
          + connection.getMetaData().getDatabaseProductVersion();
      System.out.println("Integration tests run on " + product);
      assertThat(product).containsAnyOf("MariaDB", "MySQL");
    }
  }

  @Test
  void theWholeCountryIsLoadedWithParentsFromTheData() {
    assertThat(regions.provinces()).hasSize(31);
    assertThat(regions.find("510311")).get().extracting(Region::name, Region::parentCode)
        .containsExactly("沿滩区", "510300");
    // a county directly under a province-level city
    assertThat(regions.find("500236")).get().extracting(Region::parentCode).isEqualTo("500000");
    // a prefecture-level city without counties
    assertThat(regions.find("441900")).get().extracting(Region::level).isEqualTo(2);
    assertThat(regions.children("441900")).isEmpty();
    assertThat(regions.fullName("510311")).isEqualTo("四川省 自贡市 沿滩区");
  }

  @Test
  void containmentFollowsTheTree() {
    assertThat(regions.contains("510000", "510311")).isTrue();
    assertThat(regions.contains("510300", "510311")).isTrue();
    assertThat(regions.contains("510311", "510311")).isTrue();
    assertThat(regions.contains("000000", "500236")).isTrue();
    assertThat(regions.contains("500000", "510311")).isFalse();
    assertThat(regions.contains("510311", "510300")).isFalse();
    assertThat(regions.contains("510000", "999999")).isFalse();
  }
}
