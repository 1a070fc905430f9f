package io.nlc.api;

import io.nlc.testsupport.ServerLane;
import org.springframework.boot.test.context.SpringBootTest;

@ServerLane
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "vaadin.productionMode=true")
class ReadApiH2Test extends ReadApiTests {}
