// Runs before any module loads: Taro code reads the platform from here.
process.env.TARO_ENV = 'h5';
