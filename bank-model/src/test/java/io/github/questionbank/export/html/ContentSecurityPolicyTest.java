package io.github.questionbank.export.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentSecurityPolicyTest {

  @Test
  void namesStyleAndScriptByTheSha256OfTheirUtf8Bytes() {
    // echo -n '' | openssl dgst -sha256 -binary | base64; printf 'é' likewise
    assertThat(ContentSecurityPolicy.source(""))
        .isEqualTo("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
    assertThat(ContentSecurityPolicy.source("\u00e9"))
        .isEqualTo("'sha256-SplVfkAzw1Od4utlRyAXytX5VX96BiWgnxw/biumnEw='");
    assertThat(ContentSecurityPolicy.of("a", "b"))
        .startsWith("default-src 'none'; img-src data:; style-src 'sha256-")
        .contains("; script-src " + ContentSecurityPolicy.source("b"))
        .contains("style-src " + ContentSecurityPolicy.source("a") + ";");
  }
}
