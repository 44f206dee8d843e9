package org.opensearch.plugins;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Set;

/**
 * OpenSearch's own install- and start-time checks of a plugin, which are package-private in
 * {@link PluginsService}: the version check and the jar-hell check of a plugin directory. Test code
 * only (in OpenSearch's package to reach them); PluginZipIT runs them on the built zip.
 */
public final class InstallChecks {
  private InstallChecks() {}

  /** Throws IllegalArgumentException, with OpenSearch's message, if this OpenSearch refuses the plugin. */
  public static void verifyCompatibility(PluginInfo info) {
    PluginsService.verifyCompatibility(info);
  }

  /** Throws IllegalStateException if the plugin's jars clash with the engine's class path. */
  public static void checkJarHell(Set<URL> engineClassPath, PluginInfo info, Path pluginDir) throws IOException {
    PluginsService.checkBundleJarHell(engineClassPath, new PluginsService.Bundle(info, pluginDir), new HashMap<>());
  }
}
