package org.greenwhistle.statistics.ui;

import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Div;

/**
 * An Apache ECharts chart (from its WebJar, no bundle build): {@link #setOption} takes the option as JSON, exactly as
 * in ECharts' documentation, and replaces the previous one. Full width; it follows its own size (a ResizeObserver),
 * so it redraws when the window or the layout changes.
 */
@JavaScript("context://webjars/echarts/5.3.1/dist/echarts.min.js")
public class EChart extends Div {
  public EChart(String id) {
    setId(id);
    setWidthFull();
    setHeight("20rem");
    addClassName("gw-echart");
  }

  public void setOption(String jsonOption) {
    getElement().executeJs("""
        if (!this.$chart) {
          this.$chart = echarts.init(this);
          const chart = this.$chart;
          new ResizeObserver(() => chart.resize()).observe(this);
        }
        this.$chart.setOption(JSON.parse($0), true);""", jsonOption);
  }
}
