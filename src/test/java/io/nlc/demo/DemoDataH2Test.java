package io.nlc.demo;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(properties = "nlc.demo.enabled=true")
class DemoDataH2Test extends DemoDataTests {
}
