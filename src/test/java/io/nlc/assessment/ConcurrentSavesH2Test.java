package io.nlc.assessment;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class ConcurrentSavesH2Test extends ConcurrentSavesTests {}
