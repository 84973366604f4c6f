package org.greenwhistle;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The backend's own test application (the runnable one lives in the frontend module). */
@SpringBootApplication
public class BackendTestApplication {
}
