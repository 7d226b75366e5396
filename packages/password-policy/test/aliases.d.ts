// Second majors installed under aliases: typed by the current majors' declarations.
declare module 'koa2' {
  import Koa from 'koa';
  export default Koa;
}
