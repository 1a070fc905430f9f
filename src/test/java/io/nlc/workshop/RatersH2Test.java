package io.nlc.workshop;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class RatersH2Test extends RatersTests {}
