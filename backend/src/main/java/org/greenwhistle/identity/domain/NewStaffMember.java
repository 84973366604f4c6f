package org.greenwhistle.identity.domain;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** What an ADMIN enters to create a staff account; the address receives the link to set the password. */
public record NewStaffMember(
    @NotBlank @Pattern(regexp = "[a-z][a-z0-9._-]{2,63}") String username,
    @NotBlank @Size(max = 100) String displayName,
    @NotBlank @Email @Size(max = 254) String email,
    @NotBlank @Pattern(regexp = "\\d{6}") String regionCode,
    @NotEmpty Set<Role> roles) {
}
