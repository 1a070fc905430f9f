package io.nlc.results;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class NationalRatingsH2Test extends NationalRatingsTests {}
