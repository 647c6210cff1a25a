/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const mart = $root.mart = (() => {

    /**
     * Namespace mart.
     * @exports mart
     * @namespace
     */
    const mart = {};

    mart.catalog = (function() {

        /**
         * Namespace catalog.
         * @memberof mart
         * @namespace
         */
        const catalog = {};

        catalog.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof mart.catalog
             * @namespace
             */
            const v1 = {};

            v1.ProductCreated = (function() {

                /**
                 * Properties of a ProductCreated.
                 * @typedef {Object} mart.catalog.v1.ProductCreated.$Properties
                 * @property {mart.catalog.v1.Product.$Properties|null} [product] ProductCreated product
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ProductCreated.
                 * @memberof mart.catalog.v1
                 * @interface IProductCreated
                 * @augments mart.catalog.v1.ProductCreated.$Properties
                 * @deprecated Use mart.catalog.v1.ProductCreated.$Properties instead.
                 */

                /**
                 * Shape of a ProductCreated.
                 * @typedef {mart.catalog.v1.ProductCreated.$Properties} mart.catalog.v1.ProductCreated.$Shape
                 */

                /**
                 * Constructs a new ProductCreated.
                 * @memberof mart.catalog.v1
                 * @classdesc Represents a ProductCreated.
                 * @constructor
                 * @param {mart.catalog.v1.ProductCreated.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ProductCreated = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ProductCreated product.
                 * @member {mart.catalog.v1.Product.$Properties|null|undefined} product
                 * @memberof mart.catalog.v1.ProductCreated
                 * @instance
                 */
                ProductCreated.prototype.product = null;

                /**
                 * Encodes the specified ProductCreated message. Does not implicitly {@link mart.catalog.v1.ProductCreated.verify|verify} messages.
                 * @function encode
                 * @memberof mart.catalog.v1.ProductCreated
                 * @static
                 * @param {mart.catalog.v1.ProductCreated.$Properties} message ProductCreated message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ProductCreated.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.product != null && $Object.hasOwnProperty.call(message, "product"))
                        $root.mart.catalog.v1.Product.encode(message.product, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a ProductCreated message from the specified reader or buffer.
                 * @function decode
                 * @memberof mart.catalog.v1.ProductCreated
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {mart.catalog.v1.ProductCreated & mart.catalog.v1.ProductCreated.$Shape} ProductCreated
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ProductCreated.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.mart.catalog.v1.ProductCreated();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.product = $root.mart.catalog.v1.Product.decode(reader, reader.size(), $undefined, _depth + 1, message.product);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for ProductCreated
                 * @function getTypeUrl
                 * @memberof mart.catalog.v1.ProductCreated
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ProductCreated.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/mart.catalog.v1.ProductCreated";
                };

                return ProductCreated;
            })();

            v1.ProductUpdated = (function() {

                /**
                 * Properties of a ProductUpdated.
                 * @typedef {Object} mart.catalog.v1.ProductUpdated.$Properties
                 * @property {mart.catalog.v1.Product.$Properties|null} [product] ProductUpdated product
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ProductUpdated.
                 * @memberof mart.catalog.v1
                 * @interface IProductUpdated
                 * @augments mart.catalog.v1.ProductUpdated.$Properties
                 * @deprecated Use mart.catalog.v1.ProductUpdated.$Properties instead.
                 */

                /**
                 * Shape of a ProductUpdated.
                 * @typedef {mart.catalog.v1.ProductUpdated.$Properties} mart.catalog.v1.ProductUpdated.$Shape
                 */

                /**
                 * Constructs a new ProductUpdated.
                 * @memberof mart.catalog.v1
                 * @classdesc Represents a ProductUpdated.
                 * @constructor
                 * @param {mart.catalog.v1.ProductUpdated.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ProductUpdated = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ProductUpdated product.
                 * @member {mart.catalog.v1.Product.$Properties|null|undefined} product
                 * @memberof mart.catalog.v1.ProductUpdated
                 * @instance
                 */
                ProductUpdated.prototype.product = null;

                /**
                 * Encodes the specified ProductUpdated message. Does not implicitly {@link mart.catalog.v1.ProductUpdated.verify|verify} messages.
                 * @function encode
                 * @memberof mart.catalog.v1.ProductUpdated
                 * @static
                 * @param {mart.catalog.v1.ProductUpdated.$Properties} message ProductUpdated message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ProductUpdated.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.product != null && $Object.hasOwnProperty.call(message, "product"))
                        $root.mart.catalog.v1.Product.encode(message.product, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a ProductUpdated message from the specified reader or buffer.
                 * @function decode
                 * @memberof mart.catalog.v1.ProductUpdated
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {mart.catalog.v1.ProductUpdated & mart.catalog.v1.ProductUpdated.$Shape} ProductUpdated
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ProductUpdated.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.mart.catalog.v1.ProductUpdated();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.product = $root.mart.catalog.v1.Product.decode(reader, reader.size(), $undefined, _depth + 1, message.product);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for ProductUpdated
                 * @function getTypeUrl
                 * @memberof mart.catalog.v1.ProductUpdated
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ProductUpdated.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/mart.catalog.v1.ProductUpdated";
                };

                return ProductUpdated;
            })();

            v1.ProductArchived = (function() {

                /**
                 * Properties of a ProductArchived.
                 * @typedef {Object} mart.catalog.v1.ProductArchived.$Properties
                 * @property {string|null} [productId] ProductArchived productId
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ProductArchived.
                 * @memberof mart.catalog.v1
                 * @interface IProductArchived
                 * @augments mart.catalog.v1.ProductArchived.$Properties
                 * @deprecated Use mart.catalog.v1.ProductArchived.$Properties instead.
                 */

                /**
                 * Shape of a ProductArchived.
                 * @typedef {mart.catalog.v1.ProductArchived.$Properties} mart.catalog.v1.ProductArchived.$Shape
                 */

                /**
                 * Constructs a new ProductArchived.
                 * @memberof mart.catalog.v1
                 * @classdesc Represents a ProductArchived.
                 * @constructor
                 * @param {mart.catalog.v1.ProductArchived.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ProductArchived = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ProductArchived productId.
                 * @member {string} productId
                 * @memberof mart.catalog.v1.ProductArchived
                 * @instance
                 */
                ProductArchived.prototype.productId = "";

                /**
                 * Encodes the specified ProductArchived message. Does not implicitly {@link mart.catalog.v1.ProductArchived.verify|verify} messages.
                 * @function encode
                 * @memberof mart.catalog.v1.ProductArchived
                 * @static
                 * @param {mart.catalog.v1.ProductArchived.$Properties} message ProductArchived message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ProductArchived.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.productId != null && $Object.hasOwnProperty.call(message, "productId") && message.productId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.productId);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a ProductArchived message from the specified reader or buffer.
                 * @function decode
                 * @memberof mart.catalog.v1.ProductArchived
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {mart.catalog.v1.ProductArchived & mart.catalog.v1.ProductArchived.$Shape} ProductArchived
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ProductArchived.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.mart.catalog.v1.ProductArchived();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.productId = value;
                                else
                                    delete message.productId;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for ProductArchived
                 * @function getTypeUrl
                 * @memberof mart.catalog.v1.ProductArchived
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ProductArchived.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/mart.catalog.v1.ProductArchived";
                };

                return ProductArchived;
            })();

            v1.Product = (function() {

                /**
                 * Properties of a Product.
                 * @typedef {Object} mart.catalog.v1.Product.$Properties
                 * @property {string|null} [productId] Product productId
                 * @property {string|null} [sku] Product sku
                 * @property {string|null} [name] Product name
                 * @property {string|null} [description] Product description
                 * @property {number|Long|null} [priceAmount] Product priceAmount
                 * @property {string|null} [priceCurrency] Product priceCurrency
                 * @property {string|null} [categoryId] Product categoryId
                 * @property {Array.<string>|null} [images] Product images
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Product.
                 * @memberof mart.catalog.v1
                 * @interface IProduct
                 * @augments mart.catalog.v1.Product.$Properties
                 * @deprecated Use mart.catalog.v1.Product.$Properties instead.
                 */

                /**
                 * Shape of a Product.
                 * @typedef {mart.catalog.v1.Product.$Properties} mart.catalog.v1.Product.$Shape
                 */

                /**
                 * Constructs a new Product.
                 * @memberof mart.catalog.v1
                 * @classdesc Represents a Product.
                 * @constructor
                 * @param {mart.catalog.v1.Product.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Product = function (properties) {
                    this.images = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Product productId.
                 * @member {string} productId
                 * @memberof mart.catalog.v1.Product
                 * @instance
                 */
                Product.prototype.productId = "";

                /**
                 * Product sku.
                 * @member {string} sku
                 * @memberof mart.catalog.v1.Product
                 * @instance
                 */
                Product.prototype.sku = "";

                /**
                 * Product name.
                 * @member {string} name
                 * @memberof mart.catalog.v1.Product
                 * @instance
                 */
                Product.prototype.name = "";

                /**
                 * Product description.
                 * @member {string} description
                 * @memberof mart.catalog.v1.Product
                 * @instance
                 */
                Product.prototype.description = "";

                /**
                 * Product priceAmount.
                 * @member {number|Long} priceAmount
                 * @memberof mart.catalog.v1.Product
                 * @instance
                 */
                Product.prototype.priceAmount = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * Product priceCurrency.
                 * @member {string} priceCurrency
                 * @memberof mart.catalog.v1.Product
                 * @instance
                 */
                Product.prototype.priceCurrency = "";

                /**
                 * Product categoryId.
                 * @member {string} categoryId
                 * @memberof mart.catalog.v1.Product
                 * @instance
                 */
                Product.prototype.categoryId = "";

                /**
                 * Product images.
                 * @member {Array.<string>} images
                 * @memberof mart.catalog.v1.Product
                 * @instance
                 */
                Product.prototype.images = $util.emptyArray;

                /**
                 * Encodes the specified Product message. Does not implicitly {@link mart.catalog.v1.Product.verify|verify} messages.
                 * @function encode
                 * @memberof mart.catalog.v1.Product
                 * @static
                 * @param {mart.catalog.v1.Product.$Properties} message Product message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Product.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.productId != null && $Object.hasOwnProperty.call(message, "productId") && message.productId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.productId);
                    if (message.sku != null && $Object.hasOwnProperty.call(message, "sku") && message.sku !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.sku);
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.name);
                    if (message.description != null && $Object.hasOwnProperty.call(message, "description") && message.description !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.description);
                    if (message.priceAmount != null && $Object.hasOwnProperty.call(message, "priceAmount") && (typeof message.priceAmount === "object" ? message.priceAmount.low || message.priceAmount.high : message.priceAmount !== 0))
                        writer.uint32(/* id 5, wireType 0 =*/40).int64(message.priceAmount);
                    if (message.priceCurrency != null && $Object.hasOwnProperty.call(message, "priceCurrency") && message.priceCurrency !== "")
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.priceCurrency);
                    if (message.categoryId != null && $Object.hasOwnProperty.call(message, "categoryId") && message.categoryId !== "")
                        writer.uint32(/* id 7, wireType 2 =*/58).string(message.categoryId);
                    if (message.images != null && message.images.length)
                        for (let i = 0; i < message.images.length; ++i)
                            writer.uint32(/* id 8, wireType 2 =*/66).string(message.images[i]);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Product message from the specified reader or buffer.
                 * @function decode
                 * @memberof mart.catalog.v1.Product
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {mart.catalog.v1.Product & mart.catalog.v1.Product.$Shape} Product
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Product.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.mart.catalog.v1.Product();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.productId = value;
                                else
                                    delete message.productId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.sku = value;
                                else
                                    delete message.sku;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.name = value;
                                else
                                    delete message.name;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.description = value;
                                else
                                    delete message.description;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.priceAmount = value;
                                else
                                    delete message.priceAmount;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.priceCurrency = value;
                                else
                                    delete message.priceCurrency;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.categoryId = value;
                                else
                                    delete message.categoryId;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.images && message.images.length))
                                    message.images = [];
                                message.images.push(reader.stringVerify());
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for Product
                 * @function getTypeUrl
                 * @memberof mart.catalog.v1.Product
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Product.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/mart.catalog.v1.Product";
                };

                return Product;
            })();

            return v1;
        })();

        return catalog;
    })();

    mart.events = (function() {

        /**
         * Namespace events.
         * @memberof mart
         * @namespace
         */
        const events = {};

        events.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof mart.events
             * @namespace
             */
            const v1 = {};

            v1.Envelope = (function() {

                /**
                 * Properties of an Envelope.
                 * @typedef {Object} mart.events.v1.Envelope.$Properties
                 * @property {string|null} [eventId] Envelope eventId
                 * @property {string|null} [type] Envelope type
                 * @property {google.protobuf.Timestamp.$Properties|null} [occurredAt] Envelope occurredAt
                 * @property {string|null} [source] Envelope source
                 * @property {string|null} [correlationId] Envelope correlationId
                 * @property {Uint8Array|null} [payload] Envelope payload
                 * @property {string|null} [causationId] Envelope causationId
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an Envelope.
                 * @memberof mart.events.v1
                 * @interface IEnvelope
                 * @augments mart.events.v1.Envelope.$Properties
                 * @deprecated Use mart.events.v1.Envelope.$Properties instead.
                 */

                /**
                 * Shape of an Envelope.
                 * @typedef {mart.events.v1.Envelope.$Properties} mart.events.v1.Envelope.$Shape
                 */

                /**
                 * Constructs a new Envelope.
                 * @memberof mart.events.v1
                 * @classdesc Represents an Envelope.
                 * @constructor
                 * @param {mart.events.v1.Envelope.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Envelope = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Envelope eventId.
                 * @member {string} eventId
                 * @memberof mart.events.v1.Envelope
                 * @instance
                 */
                Envelope.prototype.eventId = "";

                /**
                 * Envelope type.
                 * @member {string} type
                 * @memberof mart.events.v1.Envelope
                 * @instance
                 */
                Envelope.prototype.type = "";

                /**
                 * Envelope occurredAt.
                 * @member {google.protobuf.Timestamp.$Properties|null|undefined} occurredAt
                 * @memberof mart.events.v1.Envelope
                 * @instance
                 */
                Envelope.prototype.occurredAt = null;

                /**
                 * Envelope source.
                 * @member {string} source
                 * @memberof mart.events.v1.Envelope
                 * @instance
                 */
                Envelope.prototype.source = "";

                /**
                 * Envelope correlationId.
                 * @member {string} correlationId
                 * @memberof mart.events.v1.Envelope
                 * @instance
                 */
                Envelope.prototype.correlationId = "";

                /**
                 * Envelope payload.
                 * @member {Uint8Array} payload
                 * @memberof mart.events.v1.Envelope
                 * @instance
                 */
                Envelope.prototype.payload = $util.newBuffer([]);

                /**
                 * Envelope causationId.
                 * @member {string} causationId
                 * @memberof mart.events.v1.Envelope
                 * @instance
                 */
                Envelope.prototype.causationId = "";

                /**
                 * Encodes the specified Envelope message. Does not implicitly {@link mart.events.v1.Envelope.verify|verify} messages.
                 * @function encode
                 * @memberof mart.events.v1.Envelope
                 * @static
                 * @param {mart.events.v1.Envelope.$Properties} message Envelope message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Envelope.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.eventId != null && $Object.hasOwnProperty.call(message, "eventId") && message.eventId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.eventId);
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.type);
                    if (message.occurredAt != null && $Object.hasOwnProperty.call(message, "occurredAt"))
                        $root.google.protobuf.Timestamp.encode(message.occurredAt, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.source != null && $Object.hasOwnProperty.call(message, "source") && message.source !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.source);
                    if (message.correlationId != null && $Object.hasOwnProperty.call(message, "correlationId") && message.correlationId !== "")
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.correlationId);
                    if (message.payload != null && $Object.hasOwnProperty.call(message, "payload") && message.payload.length)
                        writer.uint32(/* id 6, wireType 2 =*/50).bytes(message.payload);
                    if (message.causationId != null && $Object.hasOwnProperty.call(message, "causationId") && message.causationId !== "")
                        writer.uint32(/* id 7, wireType 2 =*/58).string(message.causationId);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an Envelope message from the specified reader or buffer.
                 * @function decode
                 * @memberof mart.events.v1.Envelope
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {mart.events.v1.Envelope & mart.events.v1.Envelope.$Shape} Envelope
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Envelope.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.mart.events.v1.Envelope();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.eventId = value;
                                else
                                    delete message.eventId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.type = value;
                                else
                                    delete message.type;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.occurredAt = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.occurredAt);
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.source = value;
                                else
                                    delete message.source;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.correlationId = value;
                                else
                                    delete message.correlationId;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.payload = value;
                                else
                                    delete message.payload;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.causationId = value;
                                else
                                    delete message.causationId;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for Envelope
                 * @function getTypeUrl
                 * @memberof mart.events.v1.Envelope
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Envelope.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/mart.events.v1.Envelope";
                };

                return Envelope;
            })();

            return v1;
        })();

        return events;
    })();

    mart.inventory = (function() {

        /**
         * Namespace inventory.
         * @memberof mart
         * @namespace
         */
        const inventory = {};

        inventory.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof mart.inventory
             * @namespace
             */
            const v1 = {};

            v1.StockLevelChanged = (function() {

                /**
                 * Properties of a StockLevelChanged.
                 * @typedef {Object} mart.inventory.v1.StockLevelChanged.$Properties
                 * @property {string|null} [productId] StockLevelChanged productId
                 * @property {number|null} [onHand] StockLevelChanged onHand
                 * @property {number|null} [reserved] StockLevelChanged reserved
                 * @property {number|null} [available] StockLevelChanged available
                 * @property {number|null} [lowStockThreshold] StockLevelChanged lowStockThreshold
                 * @property {number|null} [version] StockLevelChanged version
                 * @property {number|null} [delta] StockLevelChanged delta
                 * @property {string|null} [reason] StockLevelChanged reason
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a StockLevelChanged.
                 * @memberof mart.inventory.v1
                 * @interface IStockLevelChanged
                 * @augments mart.inventory.v1.StockLevelChanged.$Properties
                 * @deprecated Use mart.inventory.v1.StockLevelChanged.$Properties instead.
                 */

                /**
                 * Shape of a StockLevelChanged.
                 * @typedef {mart.inventory.v1.StockLevelChanged.$Properties} mart.inventory.v1.StockLevelChanged.$Shape
                 */

                /**
                 * Constructs a new StockLevelChanged.
                 * @memberof mart.inventory.v1
                 * @classdesc Represents a StockLevelChanged.
                 * @constructor
                 * @param {mart.inventory.v1.StockLevelChanged.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const StockLevelChanged = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * StockLevelChanged productId.
                 * @member {string} productId
                 * @memberof mart.inventory.v1.StockLevelChanged
                 * @instance
                 */
                StockLevelChanged.prototype.productId = "";

                /**
                 * StockLevelChanged onHand.
                 * @member {number} onHand
                 * @memberof mart.inventory.v1.StockLevelChanged
                 * @instance
                 */
                StockLevelChanged.prototype.onHand = 0;

                /**
                 * StockLevelChanged reserved.
                 * @member {number} reserved
                 * @memberof mart.inventory.v1.StockLevelChanged
                 * @instance
                 */
                StockLevelChanged.prototype.reserved = 0;

                /**
                 * StockLevelChanged available.
                 * @member {number} available
                 * @memberof mart.inventory.v1.StockLevelChanged
                 * @instance
                 */
                StockLevelChanged.prototype.available = 0;

                /**
                 * StockLevelChanged lowStockThreshold.
                 * @member {number} lowStockThreshold
                 * @memberof mart.inventory.v1.StockLevelChanged
                 * @instance
                 */
                StockLevelChanged.prototype.lowStockThreshold = 0;

                /**
                 * StockLevelChanged version.
                 * @member {number} version
                 * @memberof mart.inventory.v1.StockLevelChanged
                 * @instance
                 */
                StockLevelChanged.prototype.version = 0;

                /**
                 * StockLevelChanged delta.
                 * @member {number} delta
                 * @memberof mart.inventory.v1.StockLevelChanged
                 * @instance
                 */
                StockLevelChanged.prototype.delta = 0;

                /**
                 * StockLevelChanged reason.
                 * @member {string} reason
                 * @memberof mart.inventory.v1.StockLevelChanged
                 * @instance
                 */
                StockLevelChanged.prototype.reason = "";

                /**
                 * Encodes the specified StockLevelChanged message. Does not implicitly {@link mart.inventory.v1.StockLevelChanged.verify|verify} messages.
                 * @function encode
                 * @memberof mart.inventory.v1.StockLevelChanged
                 * @static
                 * @param {mart.inventory.v1.StockLevelChanged.$Properties} message StockLevelChanged message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                StockLevelChanged.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.productId != null && $Object.hasOwnProperty.call(message, "productId") && message.productId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.productId);
                    if (message.onHand != null && $Object.hasOwnProperty.call(message, "onHand") && message.onHand !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).int32(message.onHand);
                    if (message.reserved != null && $Object.hasOwnProperty.call(message, "reserved") && message.reserved !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).int32(message.reserved);
                    if (message.available != null && $Object.hasOwnProperty.call(message, "available") && message.available !== 0)
                        writer.uint32(/* id 4, wireType 0 =*/32).int32(message.available);
                    if (message.lowStockThreshold != null && $Object.hasOwnProperty.call(message, "lowStockThreshold") && message.lowStockThreshold !== 0)
                        writer.uint32(/* id 5, wireType 0 =*/40).int32(message.lowStockThreshold);
                    if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== 0)
                        writer.uint32(/* id 6, wireType 0 =*/48).int32(message.version);
                    if (message.delta != null && $Object.hasOwnProperty.call(message, "delta") && message.delta !== 0)
                        writer.uint32(/* id 7, wireType 0 =*/56).int32(message.delta);
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                        writer.uint32(/* id 8, wireType 2 =*/66).string(message.reason);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a StockLevelChanged message from the specified reader or buffer.
                 * @function decode
                 * @memberof mart.inventory.v1.StockLevelChanged
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {mart.inventory.v1.StockLevelChanged & mart.inventory.v1.StockLevelChanged.$Shape} StockLevelChanged
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                StockLevelChanged.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.mart.inventory.v1.StockLevelChanged();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.productId = value;
                                else
                                    delete message.productId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.onHand = value;
                                else
                                    delete message.onHand;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.reserved = value;
                                else
                                    delete message.reserved;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.available = value;
                                else
                                    delete message.available;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.lowStockThreshold = value;
                                else
                                    delete message.lowStockThreshold;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.version = value;
                                else
                                    delete message.version;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.delta = value;
                                else
                                    delete message.delta;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.reason = value;
                                else
                                    delete message.reason;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for StockLevelChanged
                 * @function getTypeUrl
                 * @memberof mart.inventory.v1.StockLevelChanged
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                StockLevelChanged.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/mart.inventory.v1.StockLevelChanged";
                };

                return StockLevelChanged;
            })();

            v1.StockLow = (function() {

                /**
                 * Properties of a StockLow.
                 * @typedef {Object} mart.inventory.v1.StockLow.$Properties
                 * @property {string|null} [productId] StockLow productId
                 * @property {number|null} [available] StockLow available
                 * @property {number|null} [lowStockThreshold] StockLow lowStockThreshold
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a StockLow.
                 * @memberof mart.inventory.v1
                 * @interface IStockLow
                 * @augments mart.inventory.v1.StockLow.$Properties
                 * @deprecated Use mart.inventory.v1.StockLow.$Properties instead.
                 */

                /**
                 * Shape of a StockLow.
                 * @typedef {mart.inventory.v1.StockLow.$Properties} mart.inventory.v1.StockLow.$Shape
                 */

                /**
                 * Constructs a new StockLow.
                 * @memberof mart.inventory.v1
                 * @classdesc Represents a StockLow.
                 * @constructor
                 * @param {mart.inventory.v1.StockLow.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const StockLow = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * StockLow productId.
                 * @member {string} productId
                 * @memberof mart.inventory.v1.StockLow
                 * @instance
                 */
                StockLow.prototype.productId = "";

                /**
                 * StockLow available.
                 * @member {number} available
                 * @memberof mart.inventory.v1.StockLow
                 * @instance
                 */
                StockLow.prototype.available = 0;

                /**
                 * StockLow lowStockThreshold.
                 * @member {number} lowStockThreshold
                 * @memberof mart.inventory.v1.StockLow
                 * @instance
                 */
                StockLow.prototype.lowStockThreshold = 0;

                /**
                 * Encodes the specified StockLow message. Does not implicitly {@link mart.inventory.v1.StockLow.verify|verify} messages.
                 * @function encode
                 * @memberof mart.inventory.v1.StockLow
                 * @static
                 * @param {mart.inventory.v1.StockLow.$Properties} message StockLow message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                StockLow.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.productId != null && $Object.hasOwnProperty.call(message, "productId") && message.productId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.productId);
                    if (message.available != null && $Object.hasOwnProperty.call(message, "available") && message.available !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).int32(message.available);
                    if (message.lowStockThreshold != null && $Object.hasOwnProperty.call(message, "lowStockThreshold") && message.lowStockThreshold !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).int32(message.lowStockThreshold);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a StockLow message from the specified reader or buffer.
                 * @function decode
                 * @memberof mart.inventory.v1.StockLow
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {mart.inventory.v1.StockLow & mart.inventory.v1.StockLow.$Shape} StockLow
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                StockLow.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.mart.inventory.v1.StockLow();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.productId = value;
                                else
                                    delete message.productId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.available = value;
                                else
                                    delete message.available;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.lowStockThreshold = value;
                                else
                                    delete message.lowStockThreshold;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for StockLow
                 * @function getTypeUrl
                 * @memberof mart.inventory.v1.StockLow
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                StockLow.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/mart.inventory.v1.StockLow";
                };

                return StockLow;
            })();

            return v1;
        })();

        return inventory;
    })();

    mart.users = (function() {

        /**
         * Namespace users.
         * @memberof mart
         * @namespace
         */
        const users = {};

        users.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof mart.users
             * @namespace
             */
            const v1 = {};

            v1.UserRegistered = (function() {

                /**
                 * Properties of a UserRegistered.
                 * @typedef {Object} mart.users.v1.UserRegistered.$Properties
                 * @property {string|null} [userId] UserRegistered userId
                 * @property {string|null} [email] UserRegistered email
                 * @property {string|null} [name] UserRegistered name
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a UserRegistered.
                 * @memberof mart.users.v1
                 * @interface IUserRegistered
                 * @augments mart.users.v1.UserRegistered.$Properties
                 * @deprecated Use mart.users.v1.UserRegistered.$Properties instead.
                 */

                /**
                 * Shape of a UserRegistered.
                 * @typedef {mart.users.v1.UserRegistered.$Properties} mart.users.v1.UserRegistered.$Shape
                 */

                /**
                 * Constructs a new UserRegistered.
                 * @memberof mart.users.v1
                 * @classdesc Represents a UserRegistered.
                 * @constructor
                 * @param {mart.users.v1.UserRegistered.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const UserRegistered = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * UserRegistered userId.
                 * @member {string} userId
                 * @memberof mart.users.v1.UserRegistered
                 * @instance
                 */
                UserRegistered.prototype.userId = "";

                /**
                 * UserRegistered email.
                 * @member {string} email
                 * @memberof mart.users.v1.UserRegistered
                 * @instance
                 */
                UserRegistered.prototype.email = "";

                /**
                 * UserRegistered name.
                 * @member {string} name
                 * @memberof mart.users.v1.UserRegistered
                 * @instance
                 */
                UserRegistered.prototype.name = "";

                /**
                 * Encodes the specified UserRegistered message. Does not implicitly {@link mart.users.v1.UserRegistered.verify|verify} messages.
                 * @function encode
                 * @memberof mart.users.v1.UserRegistered
                 * @static
                 * @param {mart.users.v1.UserRegistered.$Properties} message UserRegistered message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                UserRegistered.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.userId != null && $Object.hasOwnProperty.call(message, "userId") && message.userId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.userId);
                    if (message.email != null && $Object.hasOwnProperty.call(message, "email") && message.email !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.email);
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.name);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a UserRegistered message from the specified reader or buffer.
                 * @function decode
                 * @memberof mart.users.v1.UserRegistered
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {mart.users.v1.UserRegistered & mart.users.v1.UserRegistered.$Shape} UserRegistered
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                UserRegistered.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.mart.users.v1.UserRegistered();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.userId = value;
                                else
                                    delete message.userId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.email = value;
                                else
                                    delete message.email;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.name = value;
                                else
                                    delete message.name;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for UserRegistered
                 * @function getTypeUrl
                 * @memberof mart.users.v1.UserRegistered
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                UserRegistered.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/mart.users.v1.UserRegistered";
                };

                return UserRegistered;
            })();

            v1.UserProfileUpdated = (function() {

                /**
                 * Properties of a UserProfileUpdated.
                 * @typedef {Object} mart.users.v1.UserProfileUpdated.$Properties
                 * @property {string|null} [userId] UserProfileUpdated userId
                 * @property {string|null} [name] UserProfileUpdated name
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a UserProfileUpdated.
                 * @memberof mart.users.v1
                 * @interface IUserProfileUpdated
                 * @augments mart.users.v1.UserProfileUpdated.$Properties
                 * @deprecated Use mart.users.v1.UserProfileUpdated.$Properties instead.
                 */

                /**
                 * Shape of a UserProfileUpdated.
                 * @typedef {mart.users.v1.UserProfileUpdated.$Properties} mart.users.v1.UserProfileUpdated.$Shape
                 */

                /**
                 * Constructs a new UserProfileUpdated.
                 * @memberof mart.users.v1
                 * @classdesc Represents a UserProfileUpdated.
                 * @constructor
                 * @param {mart.users.v1.UserProfileUpdated.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const UserProfileUpdated = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * UserProfileUpdated userId.
                 * @member {string} userId
                 * @memberof mart.users.v1.UserProfileUpdated
                 * @instance
                 */
                UserProfileUpdated.prototype.userId = "";

                /**
                 * UserProfileUpdated name.
                 * @member {string} name
                 * @memberof mart.users.v1.UserProfileUpdated
                 * @instance
                 */
                UserProfileUpdated.prototype.name = "";

                /**
                 * Encodes the specified UserProfileUpdated message. Does not implicitly {@link mart.users.v1.UserProfileUpdated.verify|verify} messages.
                 * @function encode
                 * @memberof mart.users.v1.UserProfileUpdated
                 * @static
                 * @param {mart.users.v1.UserProfileUpdated.$Properties} message UserProfileUpdated message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                UserProfileUpdated.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.userId != null && $Object.hasOwnProperty.call(message, "userId") && message.userId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.userId);
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.name);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a UserProfileUpdated message from the specified reader or buffer.
                 * @function decode
                 * @memberof mart.users.v1.UserProfileUpdated
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {mart.users.v1.UserProfileUpdated & mart.users.v1.UserProfileUpdated.$Shape} UserProfileUpdated
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                UserProfileUpdated.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.mart.users.v1.UserProfileUpdated();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.userId = value;
                                else
                                    delete message.userId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.name = value;
                                else
                                    delete message.name;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for UserProfileUpdated
                 * @function getTypeUrl
                 * @memberof mart.users.v1.UserProfileUpdated
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                UserProfileUpdated.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/mart.users.v1.UserProfileUpdated";
                };

                return UserProfileUpdated;
            })();

            v1.UserPasswordChanged = (function() {

                /**
                 * Properties of a UserPasswordChanged.
                 * @typedef {Object} mart.users.v1.UserPasswordChanged.$Properties
                 * @property {string|null} [userId] UserPasswordChanged userId
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a UserPasswordChanged.
                 * @memberof mart.users.v1
                 * @interface IUserPasswordChanged
                 * @augments mart.users.v1.UserPasswordChanged.$Properties
                 * @deprecated Use mart.users.v1.UserPasswordChanged.$Properties instead.
                 */

                /**
                 * Shape of a UserPasswordChanged.
                 * @typedef {mart.users.v1.UserPasswordChanged.$Properties} mart.users.v1.UserPasswordChanged.$Shape
                 */

                /**
                 * Constructs a new UserPasswordChanged.
                 * @memberof mart.users.v1
                 * @classdesc Represents a UserPasswordChanged.
                 * @constructor
                 * @param {mart.users.v1.UserPasswordChanged.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const UserPasswordChanged = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * UserPasswordChanged userId.
                 * @member {string} userId
                 * @memberof mart.users.v1.UserPasswordChanged
                 * @instance
                 */
                UserPasswordChanged.prototype.userId = "";

                /**
                 * Encodes the specified UserPasswordChanged message. Does not implicitly {@link mart.users.v1.UserPasswordChanged.verify|verify} messages.
                 * @function encode
                 * @memberof mart.users.v1.UserPasswordChanged
                 * @static
                 * @param {mart.users.v1.UserPasswordChanged.$Properties} message UserPasswordChanged message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                UserPasswordChanged.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.userId != null && $Object.hasOwnProperty.call(message, "userId") && message.userId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.userId);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a UserPasswordChanged message from the specified reader or buffer.
                 * @function decode
                 * @memberof mart.users.v1.UserPasswordChanged
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {mart.users.v1.UserPasswordChanged & mart.users.v1.UserPasswordChanged.$Shape} UserPasswordChanged
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                UserPasswordChanged.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.mart.users.v1.UserPasswordChanged();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.userId = value;
                                else
                                    delete message.userId;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for UserPasswordChanged
                 * @function getTypeUrl
                 * @memberof mart.users.v1.UserPasswordChanged
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                UserPasswordChanged.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/mart.users.v1.UserPasswordChanged";
                };

                return UserPasswordChanged;
            })();

            return v1;
        })();

        return users;
    })();

    return mart;
})();

export const google = $root.google = (() => {

    /**
     * Namespace google.
     * @exports google
     * @namespace
     */
    const google = {};

    google.protobuf = (function() {

        /**
         * Namespace protobuf.
         * @memberof google
         * @namespace
         */
        const protobuf = {};

        protobuf.Timestamp = (function() {

            /**
             * Properties of a Timestamp.
             * @typedef {Object} google.protobuf.Timestamp.$Properties
             * @property {number|Long|null} [seconds] Timestamp seconds
             * @property {number|null} [nanos] Timestamp nanos
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Timestamp.
             * @memberof google.protobuf
             * @interface ITimestamp
             * @augments google.protobuf.Timestamp.$Properties
             * @deprecated Use google.protobuf.Timestamp.$Properties instead.
             */

            /**
             * Shape of a Timestamp.
             * @typedef {google.protobuf.Timestamp.$Properties} google.protobuf.Timestamp.$Shape
             */

            /**
             * Constructs a new Timestamp.
             * @memberof google.protobuf
             * @classdesc Represents a Timestamp.
             * @constructor
             * @param {google.protobuf.Timestamp.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Timestamp = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Timestamp seconds.
             * @member {number|Long} seconds
             * @memberof google.protobuf.Timestamp
             * @instance
             */
            Timestamp.prototype.seconds = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Timestamp nanos.
             * @member {number} nanos
             * @memberof google.protobuf.Timestamp
             * @instance
             */
            Timestamp.prototype.nanos = 0;

            /**
             * Encodes the specified Timestamp message. Does not implicitly {@link google.protobuf.Timestamp.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {google.protobuf.Timestamp.$Properties} message Timestamp message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Timestamp.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.seconds != null && $Object.hasOwnProperty.call(message, "seconds") && (typeof message.seconds === "object" ? message.seconds.low || message.seconds.high : message.seconds !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).int64(message.seconds);
                if (message.nanos != null && $Object.hasOwnProperty.call(message, "nanos") && message.nanos !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.nanos);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Timestamp message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape} Timestamp
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Timestamp.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.google.protobuf.Timestamp();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.seconds = value;
                            else
                                delete message.seconds;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.nanos = value;
                            else
                                delete message.nanos;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for Timestamp
             * @function getTypeUrl
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Timestamp.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/google.protobuf.Timestamp";
            };

            return Timestamp;
        })();

        return protobuf;
    })();

    return google;
})();

export {
  $root as default
};
