package org.greenwhistle.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.greenwhistle.base.ui.MainLayout;
import org.greenwhistle.base.ui.RegionCascade;
import org.greenwhistle.identity.domain.NewStaffMember;
import org.greenwhistle.identity.domain.Role;
import org.greenwhistle.identity.domain.StaffQuery;
import org.greenwhistle.identity.domain.UserAccount;
import org.greenwhistle.identity.service.IdentityException;
import org.greenwhistle.identity.service.UserAdminService;
import org.greenwhistle.region.service.RegionService;

/**
 * ADMIN: staff accounts with roles and region; create (the member gets a set-password link by mail), change,
 * disable, reset password (a one-time password handed over in person, changed at the next login).
 */
@Route(value = "admin/users", layout = MainLayout.class)
@RolesAllowed("ADMIN")
public class UserAdminView extends VerticalLayout {
  private final transient UserAdminService users;
  private final transient RegionService regions;
  private final Grid<UserAccount> grid = new Grid<>();
  private final TextField filter = new TextField();

  public UserAdminView(UserAdminService users, RegionService regions) {
    this.users = users;
    this.regions = regions;
    setSizeFull();
    H2 heading = new H2(getTranslation("admin.users.heading"));
    heading.setId("admin-home");

    filter.setPlaceholder(getTranslation("admin.users.filter"));
    filter.setId("users-filter");
    filter.setValueChangeMode(ValueChangeMode.LAZY);
    filter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
    Button create = new Button(getTranslation("admin.users.create"), e -> openEditor(null));
    create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    create.setId("create-user");

    grid.addColumn(UserAccount::getUsername).setHeader(getTranslation("admin.users.username")).setAutoWidth(true);
    grid.addColumn(UserAccount::getDisplayName).setHeader(getTranslation("admin.users.displayName"));
    grid.addColumn(u -> u.getRoles().stream().map(r -> getTranslation("role." + r.name()))
        .collect(Collectors.joining("、"))).setHeader(getTranslation("admin.users.roles"));
    grid.addColumn(u -> regions.fullName(u.getRegionCode())).setHeader(getTranslation("admin.users.region"));
    grid.addColumn(u -> getTranslation(u.isEnabled() ? "admin.users.active" : "admin.users.disabled"))
        .setHeader(getTranslation("admin.users.status"));
    grid.addComponentColumn(this::actions).setAutoWidth(true);
    grid.setItems(query -> users.find(new StaffQuery(filter.getValue(), null, query.getOffset(), query.getLimit()))
        .stream(), query -> (int) users.count(new StaffQuery(filter.getValue(), null, 0, 0)));
    grid.setId("users-grid");

    add(heading, new HorizontalLayout(filter, create), grid);
  }

  private HorizontalLayout actions(UserAccount account) {
    Button edit = new Button(getTranslation("admin.users.edit"), e -> openEditor(account));
    Button toggle = new Button(getTranslation(account.isEnabled() ? "admin.users.disable" : "admin.users.enable"),
        e -> run(() -> users.setEnabled(account.getUsername(), !account.isEnabled())));
    Button reset = new Button(getTranslation("admin.users.resetPassword"),
        e -> run(() -> showOneTimePassword(account.getUsername(), users.resetPassword(account.getUsername()))));
    for (Button b : new Button[] {edit, toggle, reset}) {
      b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
    }
    return new HorizontalLayout(edit, toggle, reset);
  }

  private void openEditor(UserAccount existing) {
    Dialog dialog = new Dialog(getTranslation(existing == null ? "admin.users.create" : "admin.users.edit"));
    TextField username = new TextField(getTranslation("admin.users.username"));
    username.setId("new-username");
    username.setHelperText(getTranslation("admin.users.usernameRule"));
    TextField displayName = new TextField(getTranslation("admin.users.displayName"));
    displayName.setId("new-display-name");
    EmailField email = new EmailField(getTranslation("admin.users.email"));
    email.setId("new-email");
    email.setRequiredIndicatorVisible(true);
    RegionCascade region = new RegionCascade(regions);
    region.setLabel(getTranslation("admin.users.region"));
    region.setId("new-region");
    CheckboxGroup<Role> roles = new CheckboxGroup<>(getTranslation("admin.users.roles"));
    roles.setItems(Role.STAFF);
    roles.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
    roles.setId("new-roles");
    if (existing != null) {
      username.setValue(existing.getUsername());
      username.setReadOnly(true);
      displayName.setValue(existing.getDisplayName());
      displayName.setReadOnly(true);
      email.setVisible(false);
      region.setValue(existing.getRegionCode());
      roles.setValue(existing.getRoles());
    }
    FormLayout form = new FormLayout(username, displayName, email, region, roles);
    form.setColspan(region, 2);
    form.setColspan(roles, 2);
    Button save = new Button(getTranslation("admin.users.save"), e -> {
      if (region.getValue() == null) {
        region.setErrorMessage(getTranslation("admin.users.regionRequired"));
        region.setInvalid(true);
        return;
      }
      Set<Role> chosen = roles.getValue().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles.getValue());
      boolean ok = run(() -> {
        if (existing == null) {
          users.createStaff(new NewStaffMember(username.getValue().trim(), displayName.getValue(),
              email.getValue(), region.getValue(), chosen));
          // the new member sets the password through the mailed link: no password is shown here
          Notification.show(getTranslation("admin.users.linkSent", username.getValue().trim()), 5000,
              Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } else {
          users.updateRolesAndRegion(existing.getUsername(), chosen, region.getValue());
        }
      });
      if (ok) {
        dialog.close();
      }
    });
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    save.setId("save-user");
    dialog.add(form);
    dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
    dialog.setWidth("min(40rem, 95vw)");
    dialog.open();
  }

  private void showOneTimePassword(String username, String password) {
    Dialog dialog = new Dialog(getTranslation("admin.users.oneTimePasswordTitle"));
    Span value = new Span(password);
    value.setId("one-time-password");
    value.getStyle().set("font-family", "monospace").set("font-size", "var(--lumo-font-size-xl)");
    dialog.add(new Paragraph(getTranslation("admin.users.oneTimePasswordText", username)), value);
    Button close = new Button(getTranslation("common.close"), e -> dialog.close());
    close.setId("close-one-time-password");
    dialog.getFooter().add(close);
    dialog.open();
  }

  private boolean run(Runnable action) {
    try {
      action.run();
      grid.getDataProvider().refreshAll();
      return true;
    } catch (IdentityException e) {
      error(getTranslation(e.messageKey()));
    } catch (ConstraintViolationException e) {
      error(getTranslation("admin.users.invalid") + " " + e.getConstraintViolations().stream()
          .map(v -> getTranslation("admin.users.field." + v.getPropertyPath().toString().replaceAll(".*\\.", "")))
          .distinct().collect(Collectors.joining("、")));
    }
    return false;
  }

  private void error(String message) {
    Notification n = Notification.show(message, 5000, Notification.Position.MIDDLE);
    n.addThemeVariants(NotificationVariant.LUMO_ERROR);
  }
}
