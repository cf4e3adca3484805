package org.tmfsafety.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Starts the TMF Safety web application. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class TmfSafetyApplication {

    public static void main(String[] args) {
        SpringApplication.run(TmfSafetyApplication.class, args);
    }

}
