package io.nlc.assessment;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class CarryOverH2Test extends CarryOverTests {}
