package org.tmfsafety.server.organisation;

import static org.tmfsafety.server.system.Texts.blankToNull;

import java.util.Locale;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.tmfsafety.server.system.LocalizedName;

/** What an administrator submits to create or change an organisation. */
public class OrganisationInput {

    @NotBlank(message = "{validation.required}")
    @Size(max = 300, message = "{validation.tooLong}")
    private String name;

    @Size(max = 300, message = "{validation.tooLong}")
    private String nameRu;

    @Size(max = 300, message = "{validation.tooLong}")
    private String nameKk;

    @NotNull(message = "{validation.required}")
    private OrganisationKind kind;

    @Pattern(regexp = "[A-Z]{3}", message = "{organisation.country.pattern}")
    private String country;

    @Size(max = 500, message = "{validation.tooLong}")
    @Pattern(regexp = "https?://\\S+", message = "{organisation.website.pattern}")
    private String website;

    @Size(max = 2000, message = "{validation.tooLong}")
    private String dataSource;

    private Integer version;

    static OrganisationInput of(Organisation organisation) {
        OrganisationInput input = new OrganisationInput();
        input.name = organisation.name().en();
        input.nameRu = organisation.name().ru();
        input.nameKk = organisation.name().kk();
        input.kind = organisation.kind();
        input.country = organisation.country();
        input.website = organisation.website();
        input.dataSource = organisation.dataSource();
        input.version = organisation.version();
        return input;
    }

    /** Trims text, turns empty text into no value and upper-cases the country code. */
    OrganisationInput normalize() {
        name = blankToNull(name);
        nameRu = blankToNull(nameRu);
        nameKk = blankToNull(nameKk);
        country = blankToNull(country) == null ? null : country.strip().toUpperCase(Locale.ROOT);
        website = blankToNull(website);
        dataSource = blankToNull(dataSource);
        return this;
    }

    LocalizedName localizedName() {
        return new LocalizedName(name, nameRu, nameKk);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getNameRu() {
        return nameRu;
    }

    public void setNameRu(String nameRu) {
        this.nameRu = nameRu;
    }

    public String getNameKk() {
        return nameKk;
    }

    public void setNameKk(String nameKk) {
        this.nameKk = nameKk;
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public void setKind(OrganisationKind kind) {
        this.kind = kind;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public String getDataSource() {
        return dataSource;
    }

    public void setDataSource(String dataSource) {
        this.dataSource = dataSource;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }

}
