package io.nlc.demo;

import io.nlc.testsupport.ShippedContent;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(properties = {"nlc.demo.enabled=true", ShippedContent.PROPERTY})
class DemoDataH2Test extends DemoDataTests {}
