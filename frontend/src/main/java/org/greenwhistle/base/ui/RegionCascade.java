package org.greenwhistle.base.ui;

import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.combobox.ComboBox;
import java.util.List;
import org.greenwhistle.region.domain.Region;
import org.greenwhistle.region.service.RegionService;

/**
 * Province → city → county pickers over the division tree. The value is the lowest code chosen; the
 * lower levels appear only where the data has them (东莞 has no counties; 重庆's counties hang directly
 * under the province).
 */
public class RegionCascade extends CustomField<String> {
  private final transient RegionService regions;
  private final ComboBox<Region> province = new ComboBox<>();
  private final ComboBox<Region> city = new ComboBox<>();
  private final ComboBox<Region> county = new ComboBox<>();

  public RegionCascade(RegionService regions) {
    this.regions = regions;
    province.setPlaceholder(getTranslation("region.province"));
    city.setPlaceholder(getTranslation("region.city"));
    county.setPlaceholder(getTranslation("region.county"));
    province.setId("region-province");
    city.setId("region-city");
    county.setId("region-county");
    for (ComboBox<Region> s : List.of(province, city, county)) {
      s.setItemLabelGenerator(Region::name);
      s.setClearButtonVisible(true);
    }
    province.setItems(regions.provinces());
    province.addValueChangeListener(e -> {
      if (e.isFromClient()) {
        fill(city, e.getValue());
        county.setVisible(false);
        county.clear();
      }
    });
    city.addValueChangeListener(e -> {
      if (e.isFromClient()) {
        fill(county, e.getValue());
      }
    });
    city.setVisible(false);
    county.setVisible(false);
    FlexLayout row = new FlexLayout(province, city, county);
    row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
    row.getStyle().set("gap", "var(--lumo-space-s)");
    add(row);
  }

  private void fill(ComboBox<Region> target, Region parent) {
    List<Region> children = parent == null ? List.of() : regions.children(parent.code());
    target.clear();
    target.setItems(children);
    target.setVisible(!children.isEmpty());
  }

  @Override
  protected String generateModelValue() {
    for (ComboBox<Region> s : List.of(county, city, province)) {
      if (s.isVisible() && s.getValue() != null) {
        return s.getValue().code();
      }
    }
    return null;
  }

  @Override
  protected void setPresentationValue(String code) {
    List<Region> lineage = code == null ? List.of() : regions.lineage(code);
    province.setValue(null);
    city.setVisible(false);
    county.setVisible(false);
    if (lineage.isEmpty()) {
      return;
    }
    province.setValue(lineage.get(0));
    fill(city, lineage.get(0));
    if (lineage.size() > 1) {
      city.setValue(lineage.get(1));
      fill(county, lineage.get(1));
    }
    if (lineage.size() > 2) {
      county.setValue(lineage.get(2));
    }
  }
}
