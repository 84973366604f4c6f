package org.greenwhistle;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.theme.Theme;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
@Theme(themeClass = Lumo.class)
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
public class GreenWhistleApplication implements AppShellConfigurator {
  public static void main(String[] args) {
    SpringApplication.run(GreenWhistleApplication.class, args);
  }
}
