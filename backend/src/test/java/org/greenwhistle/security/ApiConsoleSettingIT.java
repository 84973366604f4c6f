package org.greenwhistle.security;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.greenwhistle.BackendIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The setting that turns the API console back on in the {@code mysql} profile (off there by default, see
 * ConfidentialityApiIT), so that the "not served" test proves the setting and not a broken console.
 */
@BackendIT
@AutoConfigureMockMvc
@TestPropertySource(properties = "greenwhistle.api-console.enabled=true")
class ApiConsoleSettingIT {
  @Autowired MockMvc mvc;

  @Test
  void theSettingServesTheOpenApiDocumentAndSwaggerUi() throws Exception {
    mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andExpect(jsonPath("$.openapi").exists());
    mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
  }
}
