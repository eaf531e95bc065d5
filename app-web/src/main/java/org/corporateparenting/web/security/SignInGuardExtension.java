package org.corporateparenting.web.security;

import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import jakarta.servlet.ServletContext;

/**
 * Puts the {@link SignInGuard} in front of the server's authentication for this web application (an Undertow
 * outer handler runs before the security handlers; registered in META-INF/services).
 */
public class SignInGuardExtension implements ServletExtension {

    @Override
    public void handleDeployment(DeploymentInfo deploymentInfo, ServletContext servletContext) {
        SignInThrottle throttle = new SignInThrottle();
        deploymentInfo.addOuterHandlerChainWrapper(next -> new SignInGuard(next, throttle));
    }
}
