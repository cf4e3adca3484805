package org.tmfsafety.server.exchange;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What an administrator submits for a neighbour (page form and API). Blank token fields keep the stored values.
 */
public class NeighbourInput {

    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.tooLong}")
    private String name;

    @NotBlank(message = "{validation.required}")
    private String country;

    @NotBlank(message = "{validation.required}")
    @Size(max = 500, message = "{validation.tooLong}")
    private String baseUrl;

    @Size(max = 500, message = "{validation.tooLong}")
    private String readToken;

    @Size(max = 500, message = "{validation.tooLong}")
    private String signingSecret;

    private Integer version;

    static NeighbourInput of(Neighbour neighbour) {
        NeighbourInput input = new NeighbourInput();
        input.setName(neighbour.name());
        input.setCountry(neighbour.country());
        input.setBaseUrl(neighbour.baseUrl());
        input.setVersion(neighbour.version());
        return input;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String getReadToken() {
        return readToken;
    }

    public void setReadToken(String readToken) {
        this.readToken = readToken;
    }

    public String getSigningSecret() {
        return signingSecret;
    }

    public void setSigningSecret(String signingSecret) {
        this.signingSecret = signingSecret;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }
}
