package org.corporateparenting.web.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST API. Every call needs a signed-in user (HTTP Basic or the browser's session). */
@ApplicationPath("/api")
@OpenAPIDefinition(
        info = @Info(title = "Corporate Parenting API", version = "0.1",
                description = "Case records of children in care, carers, placements and care leavers, and the "
                        + "Corporate Parenting Board dataset built from them."),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class CorporateParentingApi extends Application {
}
