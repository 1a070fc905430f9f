package io.nlc.assessment;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class BlindRatingH2Test extends BlindRatingTests {}
