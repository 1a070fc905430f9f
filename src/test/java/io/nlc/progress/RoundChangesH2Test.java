package io.nlc.progress;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class RoundChangesH2Test extends RoundChangesTests {}
